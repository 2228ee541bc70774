package org.planflow.subplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.ProcessTestEngine;
import org.planflow.shared.Outcome;
import org.planflow.subplan.process.SubplanFilingProcess;

@Deployment(resources = {"bpmn/sub-plan-filing.bpmn", "forms/submit-sub-plan.form", "forms/file-sub-plan.form"})
class SubplanFilingProcessTest {

    static final Date DUE = Date.from(Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    static final Date DUE_AGAIN = Date.from(Instant.now().plus(27, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageExtension();

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    ProcessInstance require() {
        return engine.getRuntimeService().startProcessInstanceByKey(SubplanFilingProcess.KEY, "plan-1", Map.of(
                SubplanFilingProcess.VAR_PLAN_ID, 1L, SubplanFilingProcess.VAR_PLAN_TITLE, "质量兴区工作实施方案",
                SubplanFilingProcess.VAR_UNIT, "town-1", SubplanFilingProcess.VAR_SUB_PLAN_DUE, DUE,
                SubplanFilingProcess.VAR_SUPERVISORS, "scjgj.plan_office"));
    }

    void submit(ProcessInstance instance, Date due) {
        assertThat(instance).isWaitingAt(SubplanFilingProcess.TASK_SUBMIT);
        assertThat(task(instance)).hasCandidateGroup("town-1").isNotAssigned().hasDueDate(due);
        complete(task(instance), withVariables(SubplanFilingProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));
    }

    @Test
    void the_unit_submits_its_own_plan_and_the_office_files_it() {
        ProcessInstance instance = require();
        submit(instance, DUE);

        assertThat(instance).isWaitingAt(SubplanFilingProcess.TASK_FILE);
        assertThat(task(instance)).hasCandidateGroup("scjgj.plan_office").isNotAssigned();
        complete(task(instance), withVariables(SubplanFilingProcess.VAR_OUTCOME, Outcome.FILE.value()));

        assertThat(instance).hasPassedInOrder(SubplanFilingProcess.START_REQUIRED, SubplanFilingProcess.TASK_SUBMIT,
                SubplanFilingProcess.TASK_FILE, SubplanFilingProcess.GATEWAY_FILED, SubplanFilingProcess.END_FILED).isEnded();
    }

    @Test
    void a_returned_plan_comes_back_to_the_unit_with_its_new_due_date_and_is_filed_when_submitted_again() {
        ProcessInstance instance = require();
        submit(instance, DUE);
        complete(task(instance), withVariables(SubplanFilingProcess.VAR_OUTCOME, Outcome.RETURN.value(),
                SubplanFilingProcess.VAR_SUB_PLAN_DUE, DUE_AGAIN));

        submit(instance, DUE_AGAIN);
        complete(task(instance), withVariables(SubplanFilingProcess.VAR_OUTCOME, Outcome.FILE.value()));
        assertThat(instance).hasPassed(SubplanFilingProcess.END_FILED).isEnded();
    }
}
