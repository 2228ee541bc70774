package org.planflow.meeting;

import org.planflow.shared.Conflict;
import org.planflow.shared.InputProblem;

/**
 * What meetings refuse: the API answers the English wording with the field (400, or 409 for a clash with what
 * happened), the views word the code as {@code meeting.problem.<CODE>}.
 */
public enum MeetingProblem implements InputProblem {
    KIND_UNKNOWN,
    KIND_TWICE,
    CADENCE_UNKNOWN,
    DATE_REQUIRED,
    DATE_NOT_AHEAD,
    UNITS_REQUIRED,
    UNIT_UNKNOWN,
    CHAIR_REQUIRED,
    AGENDA_REQUIRED,
    TOO_LONG,
    ATTENDEES_REQUIRED,
    REASON_REQUIRED,
    @Conflict ATTENDANCE_CLOSED,
    MINUTES_TEXT_REQUIRED,
    DECISIONS_TOO_MANY,
    @Conflict MINUTES_BEFORE_MEETING,
    @Conflict DECISION_HAS_ITEM,
    @Conflict DECISION_IS_ITEM;

    @Override
    public String bundle() {
        return "meeting.problem";
    }
}
