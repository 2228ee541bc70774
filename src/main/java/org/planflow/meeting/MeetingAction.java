package org.planflow.meeting;

/** What meetings write to the plan's timeline; translated as {@code plan.action.<name>}. */
public enum MeetingAction {
    MEETING_RHYTHM_SET, MEETING_SCHEDULED, MEETING_NOTICE_SENT, MEETING_ATTENDANCE_CONFIRMED, MEETING_ATTENDANCE_DECLINED,
    MEETING_MINUTES_RECORDED, MEETING_DECISION_ITEM
}
