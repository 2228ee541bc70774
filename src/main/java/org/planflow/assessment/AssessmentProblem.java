package org.planflow.assessment;

import org.planflow.shared.InputProblem;

/**
 * Everything the assessment refuses, as a code with the values its wording needs: the API answers the English
 * wording with the field (400, or 409 where the assessment has moved on), the views word the code in the
 * user's language ({@code assessment.problem.<CODE>}) beside the field: both are a {@code CodedRefusal}.
 */
public enum AssessmentProblem implements InputProblem {
    YEAR_INVALID("{0} is not a year to assess: use {1} to {2}"),
    DEADLINE_INVALID("the deadline must be 1 to {0} working days"),
    PLAN_NOT_ISSUED("the plan is {0}: only an issued plan is assessed", true),
    NO_INDICATORS("the plan''s breakdown table has no scored indicators", true),
    ASSESSMENT_EXISTS("the plan''s assessment of {0} exists already", true),
    LOCKED("the assessment is {0}: {1} can no longer change", true),
    UNIT_DONE("{0} has submitted its self-assessment already", true),
    REQUIRED("this is required"),
    NOT_A_NUMBER("{0} is not a number"),
    TOO_LONG("this is longer than {0} characters"),
    INDICATOR_UNKNOWN("the plan has no indicator {0}"),
    INDICATOR_REPEATED("indicator {0} is given twice"),
    NOT_RESPONSIBLE("{0} is not responsible for indicator {1}"),
    NOT_LEAD("{0} is not the lead unit of indicator {1}; {2} submits its score, add your evidence instead"),
    SELF_SCORE_MISSING("indicator {0} ({1}) has no self-score"),
    SCORE_OUT_OF_RANGE("{0} is outside 0 to {1}"),
    CRITERION_UNKNOWN("indicator {0} has no criterion {1}"),
    SCORE_NOT_SUM("{0} is not the sum of the criteria''s scores ({1}, at most {2})"),
    REASON_REQUIRED("the score {0} differs from the self-score {1}: give the reason"),
    EVIDENCE_REQUIRED("claiming points for \"{0}\" needs evidence: add a file or link a progress report first"),
    REPORT_NOT_LINKABLE("progress report {0} is not a report of this indicator''s item in {1}"),
    EVIDENCE_REPEATED("this report is linked already"),
    EVIDENCE_NOT_YOURS("evidence {0} was added by another unit", true),
    FILE_EMPTY("the file is empty");

    private final String english;
    private final boolean conflict;

    AssessmentProblem(String english) {
        this(english, false);
    }

    AssessmentProblem(String english, boolean conflict) {
        this.english = english;
        this.conflict = conflict;
    }

    @Override
    public String pattern() {
        return english;
    }

    @Override
    public String bundle() {
        return "assessment.problem";
    }

    @Override
    public boolean conflict() {
        return conflict;
    }
}
