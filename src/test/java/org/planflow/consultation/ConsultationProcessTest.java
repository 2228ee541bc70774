package org.planflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.ProcessTestEngine;
import org.planflow.consultation.process.ConsultationProcess;

@Deployment(resources = "bpmn/consultation.bpmn")
class ConsultationProcessTest {

    static final List<String> LATE_UNITS = new ArrayList<>();
    static final Date DUE = Date.from(Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageExtension(Map.of(
            "recordLateNoOpinionDelegate", (JavaDelegate) execution ->
                    LATE_UNITS.add((String) execution.getVariable(ConsultationProcess.VAR_UNIT))));

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
        LATE_UNITS.clear();
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    ProcessInstance consult(String unit) {
        return engine.getRuntimeService().startProcessInstanceByKey(ConsultationProcess.KEY, Map.of(
                ConsultationProcess.VAR_PLAN_ID, 7L, ConsultationProcess.VAR_PLAN_TITLE, "质量强区工作推进方案",
                ConsultationProcess.VAR_UNIT, unit, ConsultationProcess.VAR_ROUND, 1, ConsultationProcess.VAR_DUE, DUE));
    }

    @Test
    void the_consulted_unit_gets_the_opinion_task_due_at_the_deadline_and_answering_ends_it() {
        ProcessInstance instance = consult("fgw");

        assertThat(instance).isWaitingAt(ConsultationProcess.TASK_GIVE_OPINION);
        assertThat(task(instance)).hasCandidateGroup("fgw").isNotAssigned().hasDueDate(DUE);
        complete(task(instance), withVariables(ConsultationProcess.VAR_OUTCOME, ConsultationProcess.OUTCOME_NO_OPINION));

        assertThat(instance).hasPassedInOrder(ConsultationProcess.START_SENT, ConsultationProcess.TASK_GIVE_OPINION,
                ConsultationProcess.END_ANSWERED).isEnded();
        assertThat(LATE_UNITS).isEmpty();
    }

    @Test
    void late_unit_is_recorded_as_no_opinion_when_the_deadline_passes() {
        ProcessInstance instance = consult("town-1");

        assertThat(job(instance)).hasDueDate(DUE);
        execute(job(instance));

        assertThat(instance).hasPassedInOrder(ConsultationProcess.BOUNDARY_DEADLINE,
                ConsultationProcess.TASK_RECORD_NO_OPINION, ConsultationProcess.END_DEEMED_NO_OPINION).isEnded();
        assertThat(instance).hasNotPassed(ConsultationProcess.END_ANSWERED);
        assertThat(LATE_UNITS).containsExactly("town-1");
    }
}
