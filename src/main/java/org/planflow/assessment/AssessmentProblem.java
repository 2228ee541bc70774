package org.planflow.assessment;

import org.planflow.shared.Conflict;
import org.planflow.shared.InputProblem;

/**
 * Everything the assessment refuses, as a code with the values its wording needs: the API answers the English
 * wording with the field (400, or 409 where the assessment has moved on), the views word the code in the
 * user's language ({@code assessment.problem.<CODE>}) beside the field: both are a {@code CodedRefusal}.
 */
public enum AssessmentProblem implements InputProblem {
    YEAR_INVALID,
    DEADLINE_INVALID,
    @Conflict PLAN_NOT_ISSUED,
    @Conflict NO_INDICATORS,
    @Conflict ASSESSMENT_EXISTS,
    @Conflict LOCKED,
    @Conflict UNIT_DONE,
    REQUIRED,
    NOT_A_NUMBER,
    TOO_LONG,
    INDICATOR_UNKNOWN,
    INDICATOR_REPEATED,
    NOT_RESPONSIBLE,
    NOT_LEAD,
    SELF_SCORE_MISSING,
    SCORE_OUT_OF_RANGE,
    CRITERION_UNKNOWN,
    SCORE_NOT_SUM,
    REASON_REQUIRED,
    EVIDENCE_REQUIRED,
    REPORT_NOT_LINKABLE,
    EVIDENCE_REPEATED,
    @Conflict EVIDENCE_NOT_YOURS,
    FILE_EMPTY,
    POINTS_NOT_POSITIVE,
    POINTS_INVALID,
    UNIT_UNKNOWN,
    TOTAL_INVALID,
    METHOD_TOTAL_MISMATCH,
    NOT_XLSX,
    METHOD_NO_HEADER,
    METHOD_NO_ROWS,
    METHOD_TOO_MANY_ROWS,
    @Conflict METHOD_IN_USE;

    @Override
    public String bundle() {
        return "assessment.problem";
    }
}
