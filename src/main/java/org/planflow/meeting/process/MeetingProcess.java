package org.planflow.meeting.process;

import org.planflow.inbox.TaskKinds;

/** Key, element ids and variables of bpmn/meeting.bpmn. */
public final class MeetingProcess {

    public static final String KEY = "meeting";

    public static final String START_SCHEDULED = "StartEvent_MeetingScheduled";
    public static final String TASK_SEND_NOTICE = "Task_SendMeetingNotice";
    public static final String TASK_CONFIRM_ATTENDANCE = "Task_ConfirmAttendance";
    public static final String BOUNDARY_MEETING_BEGINS = "BoundaryEvent_MeetingBegins";
    public static final String TASK_RECORD_MINUTES = "Task_RecordMinutes";
    public static final String END_MINUTES_RECORDED = "EndEvent_MinutesRecorded";

    /** The plan whose office holds the meeting: the inbox shows the tasks under it. */
    public static final String VAR_PLAN_ID = TaskKinds.VAR_PLAN_ID;
    public static final String VAR_PLAN_TITLE = TaskKinds.VAR_PLAN_TITLE;
    public static final String VAR_MEETING_ID = "meetingId";
    /** The attending units' codes: one receipt task each, its unit in {@link #VAR_UNIT}. */
    public static final String VAR_UNITS = "units";
    public static final String VAR_UNIT = TaskKinds.VAR_UNIT;
    /** When the receipts are due (a date before the meeting day). */
    public static final String VAR_ATTENDANCE_DUE = "attendanceDue";
    /** The start of the meeting's day: receipts still open then close unanswered. */
    public static final String VAR_MEETING_BEGINS = "meetingBegins";
    /** When the minutes are due, some working days after the meeting. */
    public static final String VAR_MINUTES_DUE = "minutesDue";
    /** The plan's office (its PLAN_OFFICE holders, or the supervision office): the minutes' candidate group. */
    public static final String VAR_OFFICE = "office";
    public static final String VAR_OUTCOME = TaskKinds.VAR_OUTCOME;

    private MeetingProcess() {
    }
}
