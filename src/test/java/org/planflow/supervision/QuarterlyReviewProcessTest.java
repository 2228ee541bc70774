package org.planflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import org.planflow.supervision.process.QuarterlyReviewProcess;

@Deployment(resources = {"bpmn/quarterly-review.bpmn", "forms/leader-approval.form"})
class QuarterlyReviewProcessTest {

    static final List<String> CALLED = new ArrayList<>();

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageExtension(Map.of(
            "startQuarterlyReviewsDelegate", (JavaDelegate) execution -> CALLED.add("start-reviews"),
            "compileQuarterlyReportDelegate", (JavaDelegate) execution -> CALLED.add("compile:" + execution.getVariable("reviewId")),
            "circulateQuarterlyReportDelegate", (JavaDelegate) execution -> CALLED.add("circulate:" + execution.getVariable("reviewId"))));

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
        CALLED.clear();
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    ProcessInstance request(String approver) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(QuarterlyReviewProcess.VAR_REVIEW_ID, 7L);
        variables.put(QuarterlyReviewProcess.VAR_PLAN_ID, 1L);
        variables.put(QuarterlyReviewProcess.VAR_PLAN_TITLE, "质量兴区工作实施方案");
        variables.put(QuarterlyReviewProcess.VAR_SUPERVISORS, "role-supervisor");
        variables.put(QuarterlyReviewProcess.VAR_LEADERS, "role-leader");
        variables.put(QuarterlyReviewProcess.VAR_APPROVER, approver);
        return engine.getRuntimeService().startProcessInstanceByMessage(QuarterlyReviewProcess.MESSAGE_REVIEW_REQUESTED,
                "review-7", variables);
    }

    @Test
    void the_quarter_end_timer_starts_the_reviews_of_every_plan() {
        Job timer = engine.getProcessEngine().getManagementService().createJobQuery()
                .processDefinitionKey(QuarterlyReviewProcess.KEY).timers().singleResult();
        assertThat(timer).isNotNull();

        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        try {
            execute(timer);
        } finally {
            ClockUtil.reset();
        }

        assertThat(CALLED).containsExactly("start-reviews");
        assertThat(engine.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(QuarterlyReviewProcess.END_REVIEWS_STARTED).count()).isEqualTo(1);
        Job next = engine.getProcessEngine().getManagementService().createJobQuery()
                .processDefinitionKey(QuarterlyReviewProcess.KEY).timers().singleResult();
        assertThat(next.getDuedate()).isAfter(timer.getDuedate());
        assertThat(next.getDuedate().getTime() - timer.getDuedate().getTime()).isGreaterThan(80L * 24 * 3600 * 1000);
    }

    @Test
    void the_report_is_compiled_edited_returned_once_then_approved_and_circulated() {
        ProcessInstance instance = request("leader");

        assertThat(CALLED).containsExactly("compile:7");
        assertThat(instance).isWaitingAt(QuarterlyReviewProcess.TASK_QUARTERLY_REPORT);
        assertThat(task(instance)).hasCandidateGroup("role-supervisor");
        complete(task(instance), withVariables(QuarterlyReviewProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));

        assertThat(instance).isWaitingAt(QuarterlyReviewProcess.TASK_APPROVE_REPORT);
        assertThat(task(instance)).isAssignedTo("leader");
        complete(task(instance), withVariables(QuarterlyReviewProcess.VAR_OUTCOME, Outcome.RETURN.value()));

        assertThat(instance).isWaitingAt(QuarterlyReviewProcess.TASK_QUARTERLY_REPORT);
        complete(task(instance), withVariables(QuarterlyReviewProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));
        complete(task(instance), withVariables(QuarterlyReviewProcess.VAR_OUTCOME, Outcome.APPROVE.value()));

        assertThat(instance).hasPassed(QuarterlyReviewProcess.GATEWAY_APPROVED, QuarterlyReviewProcess.TASK_CIRCULATE_REPORT,
                QuarterlyReviewProcess.END_CIRCULATED).isEnded();
        assertThat(CALLED).containsExactly("compile:7", "circulate:7");
    }

    @Test
    void without_a_responsible_leader_the_approval_is_offered_to_every_leader() {
        ProcessInstance instance = request(null);
        complete(task(instance), withVariables(QuarterlyReviewProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));

        assertThat(task(instance)).isNotAssigned().hasCandidateGroup("role-leader");
    }
}
