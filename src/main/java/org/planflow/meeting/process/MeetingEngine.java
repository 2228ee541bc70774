package org.planflow.meeting.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.PlanService;
import org.springframework.stereotype.Component;

/** Starts a meeting's process and finds its open tasks, in the caller's transaction. */
@Component
public class MeetingEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final OrganizationService organization;

    MeetingEngine(RuntimeService runtime, TaskService tasks, OrganizationService organization) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.organization = organization;
    }

    /** The meeting's times and who takes part; returns the process instance id. */
    public record Start(long meetingId, long planId, String planTitle, List<String> units, String office,
                        Instant attendanceDue, Instant meetingBegins, Instant minutesDue) {
    }

    public String start(Start start) {
        // Each unit's receipt task notifies its members: read for all of them at once (decision 049).
        organization.rememberMembersOfUnits(start.units());
        Map<String, Object> variables = new HashMap<>();
        variables.put(MeetingProcess.VAR_PLAN_ID, start.planId());
        variables.put(MeetingProcess.VAR_PLAN_TITLE, start.planTitle());
        variables.put(MeetingProcess.VAR_MEETING_ID, start.meetingId());
        variables.put(MeetingProcess.VAR_UNITS, List.copyOf(start.units()));
        variables.put(MeetingProcess.VAR_OFFICE, start.office());
        variables.put(MeetingProcess.VAR_ATTENDANCE_DUE, Date.from(start.attendanceDue()));
        variables.put(MeetingProcess.VAR_MEETING_BEGINS, Date.from(start.meetingBegins()));
        variables.put(MeetingProcess.VAR_MINUTES_DUE, Date.from(start.minutesDue()));
        return runtime.startProcessInstanceByKey(MeetingProcess.KEY, PlanService.businessKey(start.planId()), variables).getId();
    }

    /** The unit's open receipt task of the meeting, if it has not answered and the meeting has not begun. */
    public Optional<String> attendanceTask(String processInstanceId, String unit) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(MeetingProcess.TASK_CONFIRM_ATTENDANCE).list().stream()
                .filter(task -> unit.equals(tasks.getVariable(task.getId(), MeetingProcess.VAR_UNIT)))
                .map(Task::getId).findFirst();
    }

    /** The open task of recording the minutes, once the receipts are in or the meeting has begun. */
    public Optional<String> minutesTask(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(MeetingProcess.TASK_RECORD_MINUTES).list().stream().map(Task::getId).findFirst();
    }
}
