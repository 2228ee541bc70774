package org.planflow.assessment;

import org.planflow.shared.ListFields;

/**
 * The field names of the assessment's requests and task completions (SELF_ASSESS, SCORE_ASSESSMENT,
 * APPROVE_ASSESSMENT), as the handlers read them, the services name them in their refusals and the views, demo
 * runner and tests send them. The outcome is {@code inbox.TaskKinds.VAR_OUTCOME}.
 */
public final class AssessmentFields {

    /** The assessment method as a whole, e.g. where its removal is refused. */
    public static final String METHOD = "method";
    /** Opening an assessment: the plan, the year and the self-assessment's deadline. */
    public static final String PLAN_ID = "planId";
    public static final String YEAR = "year";
    public static final String DEADLINE_WORKING_DAYS = "deadlineWorkingDays";
    /** The list of indicator scores, each an {@link #ITEM_SEQ} with a {@link #SCORE} or {@link #CRITERIA}. */
    public static final String SCORES = "scores";
    public static final String ITEM_SEQ = "itemSeq";
    public static final String SCORE = "score";
    /** A unit's self-assessment explanation (自评说明) of an indicator. */
    public static final String EXPLANATION = "explanation";
    /** The office's reason for a score that differs from the self-score, of an indicator or a criterion. */
    public static final String REASON = "reason";
    /** An indicator's criteria scores, each an {@link #INDEX} and a {@link #SCORE}. */
    public static final String CRITERIA = "criteria";
    public static final String INDEX = "index";
    /** An indicator's evidence (佐证材料): refused when missing, or changed after the self-assessment closed. */
    public static final String EVIDENCE = "evidence";
    /** An evidence file, and a progress report linked as evidence. */
    public static final String FILE = "file";
    public static final String REPORT_ID = "reportId";
    /** The leader's comment, required with a return. */
    public static final String COMMENT = "comment";
    /** Refusals only: the caller's unit, the assessment's status and the self-assessment's deadline. */
    public static final String UNIT = "unit";
    public static final String STATUS = "status";
    public static final String DEADLINE = "deadline";

    private AssessmentFields() {
    }

    /** A field of the i-th entry of {@link #SCORES}, e.g. {@code scores[2].itemSeq}. */
    public static String ofScore(int i, String field) {
        return ListFields.at(SCORES, i, field);
    }

    /** A field of the j-th criterion of the i-th entry of {@link #SCORES}, e.g. {@code scores[2].criteria[0].score}. */
    public static String ofCriterion(int i, int j, String field) {
        return ListFields.at(ofScore(i, CRITERIA), j, field);
    }
}
