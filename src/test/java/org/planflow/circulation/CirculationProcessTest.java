package org.planflow.circulation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.ProcessTestEngine;
import org.planflow.circulation.process.CirculationProcess;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

@Deployment(resources = "bpmn/circulation.bpmn")
class CirculationProcessTest {

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

    RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    @Test
    void the_acknowledgement_task_is_offered_to_the_recipient_unit_and_ends_when_done() {
        ProcessInstance instance = runtime().startProcessInstanceByKey(CirculationProcess.KEY,
                Map.of(CirculationProcess.VAR_UNIT, "town-1", CirculationProcess.VAR_PLAN_TITLE, "测试方案",
                        CirculationProcess.VAR_ACK_DUE, "2026-03-02T17:00:00"));

        assertThat(instance).isWaitingAt(CirculationProcess.TASK_ACKNOWLEDGE);
        assertThat(task(instance)).hasCandidateGroup("town-1").isNotAssigned().hasDueDate(
                java.util.Date.from(java.time.LocalDateTime.parse("2026-03-02T17:00:00")
                        .atZone(java.time.ZoneId.systemDefault()).toInstant()));

        complete(task(instance));

        assertThat(instance).hasPassedInOrder(CirculationProcess.START_DELIVERED, CirculationProcess.TASK_ACKNOWLEDGE,
                CirculationProcess.END_ACKNOWLEDGED).isEnded();
    }
}
