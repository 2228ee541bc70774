package org.planflow.consultation;

import org.planflow.shared.InputProblem;

/**
 * Everything a consultation refuses (a unit's opinions, the drafter's answers), as a code with the values its
 * wording needs: the API answers the English wording with the field (400), the views word the code in the user's
 * language ({@code consultation.problem.<CODE>}) beside the field.
 */
public enum ConsultationProblem implements InputProblem {
    OUTCOME_INVALID,
    OPINIONS_NOT_A_LIST,
    OPINION_NOT_AN_OBJECT,
    OPINION_MISSING,
    OPINION_TEXT_MISSING,
    OPINION_TOO_LONG,
    SECTION_TOO_LONG,
    ANSWER_OPINION_MISSING,
    ANSWER_OPINION_UNKNOWN,
    OPINION_ANSWERED_TWICE,
    DECISION_REQUIRED,
    REASON_REQUIRED,
    REASON_TOO_LONG,
    ANSWERS_MISSING;

    @Override
    public String bundle() {
        return "consultation.problem";
    }
}
