package org.planflow.meeting;

/** A unit's receipt (回执) for a meeting: not yet answered, attending (who) or declined (why). */
public enum AttendanceStatus {
    PENDING, ATTENDING, DECLINED
}
