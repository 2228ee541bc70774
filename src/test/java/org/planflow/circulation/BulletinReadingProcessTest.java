package org.planflow.circulation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
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
import org.planflow.circulation.process.BulletinReadingProcess;
import org.planflow.shared.Outcome;

@Deployment(resources = "bpmn/bulletin-reading.bpmn")
class BulletinReadingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageExtension(Map.of());

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    ProcessInstance circulate(Date readDue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(BulletinReadingProcess.VAR_READING_ID, 3L);
        variables.put(BulletinReadingProcess.VAR_BULLETIN_ID, 1L);
        variables.put(BulletinReadingProcess.VAR_UNIT, "town-1");
        variables.put(BulletinReadingProcess.VAR_PLAN_ID, 1L);
        variables.put(BulletinReadingProcess.VAR_PLAN_TITLE, "督查通报〔2027〕1号 关于…的通报");
        variables.put(BulletinReadingProcess.VAR_READ_DUE, readDue);
        return engine.getRuntimeService().startProcessInstanceByKey(BulletinReadingProcess.KEY, "bulletin-1", variables);
    }

    @Test
    void the_recipient_unit_marks_the_bulletin_read() {
        ProcessInstance instance = circulate(null);

        assertThat(instance).isWaitingAt(BulletinReadingProcess.TASK_READ_NOTICE);
        assertThat(task(instance)).hasCandidateGroup("town-1").isNotAssigned();
        org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).isNull();
        complete(task(instance), withVariables(BulletinReadingProcess.VAR_OUTCOME, Outcome.READ.value()));

        assertThat(instance).hasPassedInOrder(BulletinReadingProcess.START_CIRCULATED, BulletinReadingProcess.TASK_READ_NOTICE,
                BulletinReadingProcess.END_READ).isEnded();
    }

    @Test
    void a_reading_deadline_becomes_the_tasks_due_date() {
        Date due = Date.from(Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

        assertThat(task(circulate(due))).hasDueDate(due);
    }
}
