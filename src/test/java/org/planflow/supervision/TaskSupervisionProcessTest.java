package org.planflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.ProcessTestEngine;
import org.planflow.organization.Groups;
import org.planflow.shared.Outcome;
import org.planflow.supervision.process.TaskSupervisionProcess;

@Deployment(resources = "bpmn/task-supervision.bpmn")
class TaskSupervisionProcessTest {

    static final Date PERIOD_END = Date.from(Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    static final Date ITEM_DUE = Date.from(Instant.now().plus(200, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    static final List<String> CALLED = new ArrayList<>();

    /** Stands in for the schedule bean the period timer asks. */
    public static class Schedule {
        public Date nextPeriodEnd(Object itemId) {
            return PERIOD_END;
        }
    }

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageExtension(Map.of(
            "supervisionSchedule", new Schedule(),
            "openPeriodReportDelegate", (JavaDelegate) execution -> {
                CALLED.add("open");
                execution.setVariable(TaskSupervisionProcess.VAR_REPORT_ID, 5L);
                execution.setVariable(TaskSupervisionProcess.VAR_REPORT_DUE, PERIOD_END);
            },
            "flagItemOverdueDelegate", (JavaDelegate) execution -> CALLED.add("overdue"),
            "closeItemDelegate", (JavaDelegate) execution -> CALLED.add("close")));

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
        CALLED.clear();
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    ProcessInstance start(String leadUnit) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(TaskSupervisionProcess.VAR_ITEM_ID, 1L);
        variables.put(TaskSupervisionProcess.VAR_PLAN_ID, 2L);
        variables.put(TaskSupervisionProcess.VAR_HAS_LEAD_UNIT, leadUnit != null);
        variables.put(TaskSupervisionProcess.VAR_LEAD_UNIT, leadUnit);
        variables.put(TaskSupervisionProcess.VAR_SUPERVISORS, "role-supervisor");
        variables.put(TaskSupervisionProcess.VAR_ACCEPT_DUE, PERIOD_END);
        variables.put(TaskSupervisionProcess.VAR_ITEM_DUE, ITEM_DUE);
        return engine.getRuntimeService().startProcessInstanceByKey(TaskSupervisionProcess.KEY, "item-1", variables);
    }

    @Test
    void an_item_without_lead_unit_is_assigned_reported_returned_reopened_and_closed_and_flagged_overdue() {
        ProcessInstance instance = start(null);
        assertThat(instance).isWaitingAt(TaskSupervisionProcess.TASK_ASSIGN_LEAD_UNIT);
        assertThat(task(instance)).hasCandidateGroup("role-supervisor");
        engine.getRuntimeService().setVariable(instance.getId(), TaskSupervisionProcess.VAR_LEAD_UNIT, "town-1");
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.ASSIGN.value()));

        assertThat(task(instance)).hasDefinitionKey(TaskSupervisionProcess.TASK_ACCEPT_ASSIGNMENT).hasCandidateGroup("town-1")
                .hasDueDate(PERIOD_END);
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.ACCEPT.value()));
        assertThat(instance).isWaitingAt(TaskSupervisionProcess.TIMER_PERIOD_END, TaskSupervisionProcess.TIMER_ITEM_DUE);

        // The period ends: a report, returned once for more, then accepted.
        execute(timer(instance, TaskSupervisionProcess.TIMER_PERIOD_END));
        assertThat(task(instance)).hasDefinitionKey(TaskSupervisionProcess.TASK_REPORT_PROGRESS).hasDueDate(PERIOD_END);
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.REPORT.value(),
                TaskSupervisionProcess.VAR_REPORT_STATUS, ReportStatus.ON_TRACK.name()));
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.RETURN.value()));
        assertThat(task(instance)).hasDefinitionKey(TaskSupervisionProcess.TASK_REPORT_PROGRESS);
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.REPORT.value(),
                TaskSupervisionProcess.VAR_REPORT_STATUS, ReportStatus.BEHIND.name()));
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.ACCEPT.value()));
        assertThat(instance).isWaitingAt(TaskSupervisionProcess.TIMER_PERIOD_END);

        // The due date passes: flagged, the reports go on.
        execute(timer(instance, TaskSupervisionProcess.TIMER_ITEM_DUE));
        assertThat(instance).hasPassed(TaskSupervisionProcess.END_OVERDUE_FLAGGED);

        // A DONE report goes to verification; sent back once, then closed (销号).
        execute(timer(instance, TaskSupervisionProcess.TIMER_PERIOD_END));
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.REPORT.value(),
                TaskSupervisionProcess.VAR_REPORT_STATUS, ReportStatus.DONE.name()));
        assertThat(task(instance)).hasDefinitionKey(TaskSupervisionProcess.TASK_VERIFY_CLOSURE);
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.REOPEN.value()));
        execute(timer(instance, TaskSupervisionProcess.TIMER_PERIOD_END));
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.REPORT.value(),
                TaskSupervisionProcess.VAR_REPORT_STATUS, ReportStatus.DONE.name()));
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.CLOSE.value()));

        assertThat(instance).hasPassed(TaskSupervisionProcess.END_TRACKING_DONE, TaskSupervisionProcess.TASK_CLOSE_ITEM,
                TaskSupervisionProcess.END_ITEM_CLOSED).isEnded();
        assertThat(CALLED).containsExactly("open", "overdue", "open", "open", "close");
    }

    @Test
    void extension_requests_and_supervision_notices_run_beside_the_reports_and_closing_ends_every_timer() {
        ProcessInstance instance = start("scjgj");
        assertThat(task(instance)).hasDefinitionKey(TaskSupervisionProcess.TASK_ACCEPT_ASSIGNMENT).hasCandidateGroup("scjgj");
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.ACCEPT.value()));

        engine.getRuntimeService().createMessageCorrelation(TaskSupervisionProcess.MESSAGE_EXTENSION_REQUESTED)
                .processInstanceId(instance.getId()).setVariableLocal(TaskSupervisionProcess.VAR_EXTENSION_ID, 9L).correlate();
        engine.getRuntimeService().createMessageCorrelation(TaskSupervisionProcess.MESSAGE_NOTICE_ISSUED)
                .processInstanceId(instance.getId()).setVariableLocal(TaskSupervisionProcess.VAR_NOTICE_ID, 3L)
                .setVariableLocal(TaskSupervisionProcess.VAR_NOTICE_DUE, PERIOD_END)
                .setVariableLocal(TaskSupervisionProcess.VAR_NOTICE_ANSWERERS, Groups.ofUnitHead("scjgj")).correlate();

        Task extension = taskOf(instance, TaskSupervisionProcess.TASK_REVIEW_EXTENSION);
        assertThat(engine.getTaskService().getVariable(extension.getId(), TaskSupervisionProcess.VAR_EXTENSION_ID)).isEqualTo(9L);
        engine.getTaskService().complete(extension.getId(),
                Map.of(TaskSupervisionProcess.VAR_OUTCOME, Outcome.GRANT.value()));
        Task notice = taskOf(instance, TaskSupervisionProcess.TASK_ANSWER_NOTICE);
        assertThat(notice).hasCandidateGroup(Groups.ofUnitHead("scjgj")).hasDueDate(PERIOD_END);
        engine.getTaskService().complete(notice.getId(), Map.of(TaskSupervisionProcess.VAR_OUTCOME, Outcome.ANSWER.value()));

        execute(timer(instance, TaskSupervisionProcess.TIMER_PERIOD_END));
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.REPORT.value(),
                TaskSupervisionProcess.VAR_REPORT_STATUS, ReportStatus.DONE.name()));
        complete(task(instance), withVariables(TaskSupervisionProcess.VAR_OUTCOME, Outcome.CLOSE.value()));
        assertThat(instance).hasPassed(TaskSupervisionProcess.TASK_REVIEW_EXTENSION, TaskSupervisionProcess.TASK_ANSWER_NOTICE)
                .hasNotPassed(TaskSupervisionProcess.TASK_FLAG_OVERDUE).isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    private Task taskOf(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }
}
