package org.planflow.supervision;

import org.planflow.shared.InputProblem;

/**
 * Everything supervision refuses, as a code with the values its wording needs: the API answers the English wording
 * with the field (400, or 409 where the item, request or review has moved on), the views word the code in the
 * user's language ({@code supervision.problem.<CODE>}) beside the field. A field's own codes keep the wording its
 * screen showed, so a field may have a code of its own where another field has the same rule.
 */
public enum SupervisionProblem implements InputProblem {
    TOO_LONG("The {0} is longer than {1} characters"),
    TITLE_REQUIRED("The title is required"),
    SOURCE_INVALID("source must be 领导批示 or 会议议定事项"),
    LEAD_UNIT_REQUIRED("Name the unit"),
    LEAD_UNIT_UNKNOWN("No unit with code ''{0}'' in the district"),
    COOP_UNIT_REQUIRED("Name the unit"),
    COOP_UNIT_UNKNOWN("No unit with code ''{0}'' in the district"),
    DUE_DATE_PAST("The due date must be today or later"),
    CADENCE_INVALID("cadence must be MONTHLY, QUARTERLY or HALF_YEARLY, not {0}"),
    LEADER_UNKNOWN("''{0}'' is not a district leader"),
    MEASURES_REQUIRED("The measures is required"),
    RESPONSIBLE_REQUIRED("The responsible is required"),
    MILESTONES_REQUIRED("Name at least one milestone with its date"),
    MILESTONES_NOT_A_LIST("milestones must be a list of '{'text, due'}'"),
    MILESTONE_NOT_AN_OBJECT("Milestone {0} must be '{'text, due'}'"),
    MILESTONE_TEXT_REQUIRED("Milestone {0} needs its text"),
    MILESTONE_DUE_REQUIRED("Milestone {0} needs its date"),
    MILESTONE_DUE_INVALID("Milestone {0} needs a date like 2026-06-30"),
    MILESTONE_AFTER_DUE("Milestone {0} falls after the item''s due date {1}"),
    ITEM_CLOSED("Item {0} is closed (已销号)", true),
    PROGRESS_REQUIRED("The progress is required"),
    PERCENT_INVALID("percent must be a whole number from 0 to 100"),
    PERCENT_NOT_DONE("A DONE report is 100 percent complete"),
    STATUS_INVALID("status must be ON_TRACK, BEHIND or DONE"),
    PROBLEMS_REQUIRED("A report BEHIND schedule names its problems"),
    COMMENT_REQUIRED("The comment is required"),
    TEXT_REQUIRED("The text is required"),
    EXTENSION_INCOMPLETE("Give the new due date and the reason"),
    NEW_DUE_NOT_LATER("The new due date must be after the current one, {0}"),
    REASON_REQUIRED("The reason is required"),
    EXTENSION_PENDING("An extension request of item {0} is still waiting for a decision", true),
    EXTENSION_DECIDED("Extension request {0} was decided already", true),
    ANSWER_DAYS_INVALID("The answer deadline must be 1 to {0} working days"),
    NO_LEAD_UNIT("Item {0} has no lead unit to answer a notice yet", true),
    NOTICE_ANSWERED("Notice {0} was answered already", true),
    FILE_NAME_REQUIRED("The evidence needs a file name"),
    FILE_EMPTY("The file {0} is empty"),
    VALUE_UNKNOWN("{0} has no value {1}"),
    URGE_MESSAGE_REQUIRED("An urge notice needs a message (催办内容不能为空)"),
    TASK_KIND_REQUIRED("Name the task kind, or * for the default ladder"),
    STEP_REPEATED("Each step may appear only once"),
    OFFSET_OUT_OF_RANGE("An offset must lie within {0} working days of the due date"),
    PERIOD_INVALID("The period must be a quarter like 2027-Q1, not ''{0}''"),
    PERIOD_NOT_BEGUN("The quarter {0} has not begun yet"),
    NOTHING_TO_REVIEW("The plan ''{0}'' has no supervised items to review", true),
    REVIEW_EXISTS("The plan''s review of {0} exists already (review {1})", true),
    REPORT_TEXT_REQUIRED("The text is required"),
    READ_DAYS_INVALID("The reading deadline must be 1 to {0} working days, or none"),
    RETURN_COMMENT_REQUIRED("Say what to change when returning the report"),
    MEETING_DATE_REQUIRED("Give the meeting''s date"),
    MEETING_DATE_FUTURE("The meeting''s date cannot be in the future"),
    ATTENDEES_REQUIRED("Name the units that attended"),
    ATTENDEE_UNKNOWN("No unit with code ''{0}'' in the district"),
    DECISIONS_TOO_MANY("A meeting record holds up to {0} decisions"),
    DECISION_HAS_ITEM("Decision {0} became item {1} and cannot change", true),
    DECISION_IS_ITEM("Decision {0} is item {1} already", true),
    REVIEW_MOVED_ON("The review of {0} is {1}, not {2}", true);

    private final String english;
    private final boolean conflict;

    SupervisionProblem(String english) {
        this(english, false);
    }

    SupervisionProblem(String english, boolean conflict) {
        this.english = english;
        this.conflict = conflict;
    }

    @Override
    public String pattern() {
        return english;
    }

    @Override
    public String bundle() {
        return "supervision.problem";
    }

    @Override
    public boolean conflict() {
        return conflict;
    }
}
