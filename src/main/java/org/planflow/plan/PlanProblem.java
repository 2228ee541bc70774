package org.planflow.plan;

import org.planflow.shared.InputProblem;

/**
 * Everything the plan's drafting and approval refuse, as a code with the values its wording needs: the API answers
 * the English wording with the field (400, or 409 where the plan has moved on), the views word the code in the
 * user's language ({@code plan.problem.<CODE>}) beside the field.
 */
public enum PlanProblem implements InputProblem {
    TITLE_REQUIRED("The plan needs a title"),
    TITLE_TOO_LONG("The title is longer than {0} characters"),
    TYPE_TOO_LONG("The plan type is longer than {0} characters"),
    DOC_NUMBER_TOO_LONG("The document number is longer than {0} characters"),
    NOTE_TOO_LONG("The revision note is longer than {0} characters"),
    SECTION_EMPTY("Section {0} is empty"),
    OUTLINE_TOO_LONG("The outline number of section {0} is longer than {1} characters"),
    HEADING_TOO_LONG("The heading of section {0} is longer than {1} characters"),
    LEVEL_INVALID("The level of section {0} must be 0 to 3"),
    SECTION_BLANK("Section {0} has neither heading nor text"),
    ITEM_EMPTY("Item {0} is empty"),
    INDICATOR_REQUIRED("Item {0} needs its task or indicator"),
    SCORE_OUT_OF_RANGE("The score of item {0} must be between 0 and 1000"),
    CATEGORY_TOO_LONG("The category of item {0} is longer than {1} characters"),
    UNIT_UNKNOWN("No unit with code ''{0}'' in the district"),
    UNIT_NAME_TOO_LONG("The unit name is longer than {0} characters"),
    NOT_EDITABLE("The plan is {0} and cannot be changed now; it can be changed while DRAFTING or CONSOLIDATING", true),
    REVISION_STALE("The plan was saved by someone else meanwhile (revision {0}, you edited revision {1}); reload it and edit again",
            true),
    ATTACHMENT_NAME_MISSING("The attachment needs a file name"),
    ATTACHMENT_EMPTY("The attachment {0} is empty"),
    LEADER_INVALID("{0} is not an enabled leader of the district"),
    NO_TEXT("The plan has no text yet; add sections or import a document first"),
    CONSULT_UNIT_UNKNOWN("No unit with code ''{0}'' in the district"),
    LEAD_UNIT_CONSULTED("The lead unit {0} is not consulted on its own plan"),
    CONSULT_UNIT_REPEATED("Unit {0} is listed twice"),
    CONSULT_DAYS_INVALID("The consultation deadline must be 1 to {0} working days"),
    APPROVER_MISSING("Name at least one leader to approve the plan"),
    APPROVER_NOT_LEADER("''{0}'' is not a district leader who can approve plans"),
    APPROVER_REPEATED("Leader {0} is listed twice"),
    STEPS_NOT_AN_OBJECT("stepWorkingDays must be an object of task kinds and working days"),
    STEP_UNKNOWN("No task kind ''{0}'' in stepWorkingDays"),
    STEP_NOT_CHOSEN("Only the deadlines of {0} are chosen at submission, not of {1}"),
    STEP_DAYS_NOT_WHOLE("{0} must be a whole number of working days"),
    OUTCOME_INVALID("outcome must be one of {0}"),
    COMMENT_REQUIRED("A returned draft needs a comment saying what to change"),
    COMMENT_TOO_LONG("The comment is longer than {0} characters"),
    ANSWERS_NOT_A_LIST("answers must be a list of '{'opinionId, decision, reason'}'"),
    ANSWER_NOT_AN_OBJECT("Answer {0} must be an object"),
    ANSWER_OPINION_MISSING("Answer {0} needs the opinionId it answers"),
    DECISION_UNKNOWN("decision must be one of ADOPTED, PARTIAL, REJECTED, not {0}"),
    NOT_WITHDRAWABLE("The submission cannot be withdrawn: it is {0} and someone has already acted on it", true);

    private final String english;
    private final boolean conflict;

    PlanProblem(String english) {
        this(english, false);
    }

    PlanProblem(String english, boolean conflict) {
        this.english = english;
        this.conflict = conflict;
    }

    @Override
    public String pattern() {
        return english;
    }

    @Override
    public String bundle() {
        return "plan.problem";
    }

    @Override
    public boolean conflict() {
        return conflict;
    }
}
