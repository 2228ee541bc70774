package org.planflow.deadline.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.File;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.audit.AuditService;
import org.planflow.calendar.Deadlines;
import org.planflow.deadline.DeadlineProperties;
import org.planflow.deadline.TaskDeadlineService;
import org.planflow.deadline.TaskDeadlines;
import org.planflow.deadline.persistence.TaskDeadlineRepository;
import org.planflow.deadline.persistence.TaskDeadlineRepository.Setting;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.TaskKind;

/**
 * Which due date a new task gets: its process's choice, else ADMIN's setting for its kind, else the
 * configured default, else none; a due date its BPMN computed stays. The calendar arithmetic itself is
 * {@code Deadlines}' (DeadlinesIT); here it answers day N after 2026-03-02 for N working days.
 */
class TaskDeadlineListenerTest {

    static final BpmnModelInstance APPROVAL = Bpmn.readModelFromFile(new File("bpmn/plan-approval.bpmn"));
    static final BpmnModelInstance CIRCULATION = Bpmn.readModelFromFile(new File("bpmn/circulation.bpmn"));

    final TaskDeadlineRepository repository = mock(TaskDeadlineRepository.class);
    final Deadlines calendar = mock(Deadlines.class);
    final Map<String, Object> variables = new HashMap<>();
    TaskDeadlineListener listener;

    @BeforeEach
    void configure() {
        when(repository.find(anyString())).thenReturn(Optional.empty());
        when(calendar.workingDaysFromNow(anyInt())).thenAnswer(call -> day(call.getArgument(0)));
        DeadlineProperties properties = new DeadlineProperties(Map.of(TaskKind.LEADER_APPROVAL, 3, TaskKind.DEPT_REVIEW, 3));
        TaskDeadlineService service = new TaskDeadlineService(repository, properties, calendar, mock(ProcessDueDates.class),
                mock(AuditService.class), new PlanFlowClock());
        listener = new TaskDeadlineListener(service);
    }

    @Test
    void a_leaders_approval_falls_due_after_its_kinds_default_working_days() {
        DelegateTask task = created(APPROVAL, "Task_LeaderApproval", null);

        listener.onTaskEvent(task);

        verify(task).setDueDate(day(3));
    }

    @Test
    void the_plans_own_choice_wins_over_the_default() {
        variables.put(TaskDeadlines.variable(TaskKind.LEADER_APPROVAL), 1);
        DelegateTask task = created(APPROVAL, "Task_LeaderApproval", null);

        listener.onTaskEvent(task);

        verify(task).setDueDate(day(1));
    }

    @Test
    void a_cleared_choice_of_the_plan_means_the_default() {
        variables.put(TaskDeadlines.variable(TaskKind.DEPT_REVIEW), null);
        DelegateTask task = created(APPROVAL, "Task_DeptReview", null);

        listener.onTaskEvent(task);

        verify(task).setDueDate(day(3));
    }

    @Test
    void an_administrators_setting_wins_over_the_configured_default() {
        when(repository.find("LEADER_APPROVAL")).thenReturn(Optional.of(new Setting("LEADER_APPROVAL", 5)));
        DelegateTask task = created(APPROVAL, "Task_LeaderApproval", null);

        listener.onTaskEvent(task);

        verify(task).setDueDate(day(5));
    }

    @Test
    void an_administrator_may_take_a_kinds_deadline_away() {
        when(repository.find("LEADER_APPROVAL")).thenReturn(Optional.of(new Setting("LEADER_APPROVAL", null)));
        DelegateTask task = created(APPROVAL, "Task_LeaderApproval", null);

        listener.onTaskEvent(task);

        verify(task, never()).setDueDate(any());
    }

    @Test
    void a_kind_without_a_default_gets_no_deadline() {
        DelegateTask task = created(APPROVAL, "Task_Draft", null);

        listener.onTaskEvent(task);

        verify(task, never()).setDueDate(any());
    }

    @Test
    void a_due_date_the_process_computed_is_kept() {
        when(repository.find("ACKNOWLEDGE")).thenReturn(Optional.of(new Setting("ACKNOWLEDGE", 9)));
        DelegateTask task = created(CIRCULATION, "Task_Acknowledge", day(2));

        listener.onTaskEvent(task);

        verify(task, never()).setDueDate(any());
    }

    @Test
    void only_a_new_task_is_given_a_deadline() {
        DelegateTask task = created(APPROVAL, "Task_LeaderApproval", null);
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_UPDATE);

        listener.onTaskEvent(task);

        verify(task, never()).setDueDate(any());
    }

    @Test
    void the_default_deadlines_of_the_configuration_lie_within_sixty_working_days() {
        assertThatThrownBy(() -> new DeadlineProperties(Map.of(TaskKind.ISSUE, 61)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ISSUE");
        assertThat(new DeadlineProperties(null).workingDays()).isEmpty();
    }

    private DelegateTask created(BpmnModelInstance model, String elementId, Date due) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_CREATE);
        when(task.getDueDate()).thenReturn(due);
        when(task.getBpmnModelElementInstance()).thenReturn(model.<UserTask>getModelElementById(elementId));
        when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        return task;
    }

    /** Stands in for the calendar: the 18:00 of the day {@code days} after Monday 2026-03-02. */
    private static Date day(int days) {
        Instant at = LocalDate.of(2026, 3, 2).plusDays(days).atTime(18, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        return Date.from(at);
    }
}
