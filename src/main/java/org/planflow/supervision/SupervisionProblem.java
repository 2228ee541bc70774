package org.planflow.supervision;

import org.planflow.shared.Conflict;
import org.planflow.shared.InputProblem;

/**
 * Everything supervision refuses, as a code with the values its wording needs: the API answers the English wording
 * with the field (400, or 409 where the item, request or review has moved on), the views word the code in the
 * user's language ({@code supervision.problem.<CODE>}) beside the field. A field's own codes keep the wording its
 * screen showed, so a field may have a code of its own where another field has the same rule.
 */
public enum SupervisionProblem implements InputProblem {
    TOO_LONG,
    TITLE_REQUIRED,
    SOURCE_INVALID,
    LEAD_UNIT_REQUIRED,
    LEAD_UNIT_UNKNOWN,
    COOP_UNIT_REQUIRED,
    COOP_UNIT_UNKNOWN,
    DUE_DATE_PAST,
    CADENCE_INVALID,
    LEADER_UNKNOWN,
    MEASURES_REQUIRED,
    RESPONSIBLE_REQUIRED,
    MILESTONES_REQUIRED,
    MILESTONES_NOT_A_LIST,
    MILESTONE_NOT_AN_OBJECT,
    MILESTONE_TEXT_REQUIRED,
    MILESTONE_DUE_REQUIRED,
    MILESTONE_DUE_INVALID,
    MILESTONE_AFTER_DUE,
    @Conflict ITEM_CLOSED,
    PROGRESS_REQUIRED,
    PERCENT_INVALID,
    PERCENT_NOT_DONE,
    STATUS_INVALID,
    PROBLEMS_REQUIRED,
    COMMENT_REQUIRED,
    TEXT_REQUIRED,
    EXTENSION_INCOMPLETE,
    NEW_DUE_NOT_LATER,
    REASON_REQUIRED,
    @Conflict EXTENSION_PENDING,
    @Conflict EXTENSION_DECIDED,
    ANSWER_DAYS_INVALID,
    @Conflict NO_LEAD_UNIT,
    @Conflict NOTICE_ANSWERED,
    FILE_NAME_REQUIRED,
    FILE_EMPTY,
    VALUE_UNKNOWN,
    URGE_MESSAGE_REQUIRED,
    TASK_KIND_REQUIRED,
    STEP_REPEATED,
    OFFSET_OUT_OF_RANGE,
    PERIOD_INVALID,
    PERIOD_NOT_BEGUN,
    @Conflict NOTHING_TO_REVIEW,
    @Conflict REVIEW_EXISTS,
    REPORT_TEXT_REQUIRED,
    READ_DAYS_INVALID,
    RETURN_COMMENT_REQUIRED,
    MEETING_DATE_REQUIRED,
    MEETING_DATE_FUTURE,
    ATTENDEES_REQUIRED,
    ATTENDEE_UNKNOWN,
    DECISIONS_TOO_MANY,
    @Conflict DECISION_HAS_ITEM,
    @Conflict DECISION_IS_ITEM,
    @Conflict REVIEW_MOVED_ON,
    @Conflict GROUP_ITEM,
    @Conflict NOT_YET_ACCEPTED,
    TARGET_NAME_REQUIRED,
    TARGET_NAME_REPEATED,
    TARGET_DIRECTION_REQUIRED,
    TARGET_VALUE_REQUIRED,
    TARGET_VALUES_NOT_AN_OBJECT,
    TARGET_UNKNOWN,
    TARGET_VALUE_MISSING,
    TARGET_VALUE_NOT_A_NUMBER,
    TARGETS_REQUIRED,
    REPORT_DUE_DAYS_INVALID;

    @Override
    public String bundle() {
        return "supervision.problem";
    }
}
