package org.planflow.plan;

import org.planflow.shared.Conflict;
import org.planflow.shared.InputProblem;

/**
 * Everything the plan's drafting and approval refuse, as a code with the values its wording needs: the API answers
 * the English wording with the field (400, or 409 where the plan has moved on), the views word the code in the
 * user's language ({@code plan.problem.<CODE>}) beside the field.
 */
public enum PlanProblem implements InputProblem {
    TITLE_REQUIRED,
    TITLE_TOO_LONG,
    TYPE_TOO_LONG,
    DOC_NUMBER_TOO_LONG,
    NOTE_TOO_LONG,
    SECTION_EMPTY,
    OUTLINE_TOO_LONG,
    HEADING_TOO_LONG,
    LEVEL_INVALID,
    SECTION_BLANK,
    ITEM_EMPTY,
    INDICATOR_REQUIRED,
    SCORE_OUT_OF_RANGE,
    CATEGORY_TOO_LONG,
    UNIT_UNKNOWN,
    UNIT_NAME_TOO_LONG,
    PERIOD_INVALID,
    SCHEDULE_NOT_SETTABLE,
    CADENCE_INVALID,
    ITEM_UNKNOWN,
    DUE_BEFORE_ISSUE,
    REPORT_DUE_DAYS_OUT_OF_RANGE,
    MILESTONE_INCOMPLETE,
    MILESTONE_TOO_LONG,
    MILESTONE_AFTER_ITEM_DUE,
    TARGET_NAME_REQUIRED,
    TARGET_NAME_TOO_LONG,
    TARGET_VALUE_REQUIRED,
    @Conflict NOT_EDITABLE,
    @Conflict REVISION_STALE,
    ATTACHMENT_NAME_MISSING,
    ATTACHMENT_EMPTY,
    LEADER_INVALID,
    NO_TEXT,
    CONSULT_UNIT_UNKNOWN,
    LEAD_UNIT_CONSULTED,
    CONSULT_UNIT_REPEATED,
    CONSULT_DAYS_INVALID,
    APPROVER_MISSING,
    APPROVER_NOT_LEADER,
    APPROVER_REPEATED,
    STEPS_NOT_AN_OBJECT,
    STEP_UNKNOWN,
    STEP_NOT_CHOSEN,
    STEP_DAYS_NOT_WHOLE,
    OUTCOME_INVALID,
    COMMENT_REQUIRED,
    COMMENT_TOO_LONG,
    ANSWERS_NOT_A_LIST,
    ANSWER_NOT_AN_OBJECT,
    ANSWER_OPINION_MISSING,
    DECISION_UNKNOWN,
    @Conflict NOT_WITHDRAWABLE,
    OFFICE_UNKNOWN,
    LEADING_GROUP_TEXT_TOO_LONG,
    LEADING_GROUP_UNIT_UNKNOWN,
    @Conflict OFFICE_NOT_SETTABLE,
    LEAD_UNIT_AND_GROUP;

    @Override
    public String bundle() {
        return "plan.problem";
    }
}
