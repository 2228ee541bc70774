package org.planflow.meeting;

/**
 * The field names of meetings, their receipts and minutes, as the API, the forms, the views and the refusals (their
 * {@code field}) name them. The outcome is {@code inbox.TaskKinds.VAR_OUTCOME}.
 */
public final class MeetingFields {

    public static final String KIND = "kind";
    public static final String CADENCE = "cadence";
    public static final String BEATS = "beats";
    public static final String DATE = "date";
    public static final String UNITS = "units";
    public static final String CHAIR = "chair";
    public static final String AGENDA = "agenda";
    /** CONFIRM_ATTENDANCE attending: who attends for the unit (name and post). */
    public static final String ATTENDEES = "attendees";
    /** CONFIRM_ATTENDANCE declined: why the unit does not attend. */
    public static final String REASON = "reason";
    /** RECORD_MINUTES: the minutes' text and the decisions (议定事项), one a line in the form. */
    public static final String TEXT = "text";
    public static final String DECISIONS = "decisions";

    private MeetingFields() {
    }
}
