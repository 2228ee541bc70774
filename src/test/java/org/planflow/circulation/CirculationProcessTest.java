package org.planflow.circulation;

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
import org.planflow.organization.engine.ProcessGroups;
import org.planflow.ProcessTestEngine;
import org.planflow.circulation.process.CirculationProcess;
import org.planflow.shared.Outcome;

@Deployment(resources = {"bpmn/circulation.bpmn", "forms/acknowledge.form", "forms/reroute.form"})
class CirculationProcessTest {

    static final Date DUE = Date.from(Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    static final List<String> CALLED = new ArrayList<>();

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageExtension(Map.of(ProcessGroups.BEAN, new ProcessGroups(),
            "markDeliveryOverdueDelegate", (JavaDelegate) execution -> CALLED.add("overdue:" + execution.getVariable("deliveryId")),
            "redeliverPlanDelegate", (JavaDelegate) execution -> CALLED.add("redeliver:" + execution.getVariable("deliveryId"))));

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
        CALLED.clear();
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    ProcessInstance deliver() {
        return engine.getRuntimeService().startProcessInstanceByKey(CirculationProcess.KEY, "plan-1", Map.of(
                CirculationProcess.VAR_DELIVERY_ID, 11L, CirculationProcess.VAR_PLAN_ID, 1L,
                CirculationProcess.VAR_PLAN_TITLE, "质量兴区工作实施方案", CirculationProcess.VAR_UNIT, "town-1",
                CirculationProcess.VAR_ACK_DUE, DUE));
    }

    @Test
    void the_recipient_unit_acknowledges_its_delivery_before_the_deadline() {
        ProcessInstance instance = deliver();

        assertThat(instance).isWaitingAt(CirculationProcess.TASK_ACKNOWLEDGE);
        assertThat(task(instance)).hasCandidateGroup("town-1").isNotAssigned().hasDueDate(DUE);
        complete(task(instance), withVariables(CirculationProcess.VAR_OUTCOME, Outcome.ACKNOWLEDGE.value()));

        assertThat(instance).hasPassedInOrder(CirculationProcess.START_DELIVERED, CirculationProcess.TASK_ACKNOWLEDGE,
                CirculationProcess.GATEWAY_ACKNOWLEDGED, CirculationProcess.END_ACKNOWLEDGED).isEnded();
        assertThat(CALLED).isEmpty();
    }

    @Test
    void a_refusal_goes_to_the_office_which_reroutes_it_to_another_unit() {
        ProcessInstance instance = deliver();
        complete(task(instance), withVariables(CirculationProcess.VAR_OUTCOME, Outcome.REFUSE.value()));

        assertThat(instance).isWaitingAt(CirculationProcess.TASK_REROUTE);
        assertThat(task(instance)).hasCandidateGroup("role-office_clerk");
        complete(task(instance), withVariables(CirculationProcess.VAR_OUTCOME, Outcome.REROUTE.value()));

        assertThat(instance).hasPassedInOrder(CirculationProcess.GATEWAY_REROUTED, CirculationProcess.TASK_REDELIVER,
                CirculationProcess.END_REROUTED).isEnded();
        assertThat(CALLED).containsExactly("redeliver:11");
    }

    @Test
    void the_office_may_close_a_refusal_without_rerouting() {
        ProcessInstance instance = deliver();
        complete(task(instance), withVariables(CirculationProcess.VAR_OUTCOME, Outcome.REFUSE.value()));
        complete(task(instance), withVariables(CirculationProcess.VAR_OUTCOME, Outcome.CLOSE.value()));

        assertThat(instance).hasPassed(CirculationProcess.END_REFUSAL_CLOSED).hasNotPassed(CirculationProcess.TASK_REDELIVER)
                .isEnded();
    }

    @Test
    void at_the_deadline_the_delivery_is_marked_overdue_and_the_task_stays_open() {
        ProcessInstance instance = deliver();
        assertThat(job(instance)).hasDueDate(DUE);
        execute(job(instance));

        assertThat(instance).hasPassed(CirculationProcess.BOUNDARY_ACK_DEADLINE, CirculationProcess.TASK_MARK_OVERDUE,
                CirculationProcess.END_MARKED_OVERDUE).isWaitingAt(CirculationProcess.TASK_ACKNOWLEDGE);
        assertThat(CALLED).containsExactly("overdue:11");

        complete(task(instance), withVariables(CirculationProcess.VAR_OUTCOME, Outcome.ACKNOWLEDGE.value()));
        assertThat(instance).hasPassed(CirculationProcess.END_ACKNOWLEDGED).isEnded();
    }
}
