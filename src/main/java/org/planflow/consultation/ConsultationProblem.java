package org.planflow.consultation;

import org.planflow.shared.InputProblem;

/**
 * Everything a consultation refuses (a unit's opinions, the drafter's answers), as a code with the values its
 * wording needs: the API answers the English wording with the field (400), the views word the code in the user's
 * language ({@code consultation.problem.<CODE>}) beside the field.
 */
public enum ConsultationProblem implements InputProblem {
    OUTCOME_INVALID("outcome must be one of {0}"),
    OPINIONS_NOT_A_LIST("opinions must be a list of '{'section, text'}'"),
    OPINION_NOT_AN_OBJECT("Opinion {0} must be an object '{'section, text'}'"),
    OPINION_MISSING("Give at least one opinion, or answer no_opinion"),
    OPINION_TEXT_MISSING("Opinion {0} has no text"),
    OPINION_TOO_LONG("Opinion {0} is longer than {1} characters"),
    SECTION_TOO_LONG("The section of opinion {0} is longer than {1} characters"),
    ANSWER_OPINION_MISSING("Answer {0} names no opinion of this consultation"),
    ANSWER_OPINION_UNKNOWN("Answer {0} names no opinion of this consultation: {1}"),
    OPINION_ANSWERED_TWICE("Opinion {0} is answered twice"),
    DECISION_REQUIRED("Answer {0} needs a decision: ADOPTED, PARTIAL or REJECTED"),
    REASON_REQUIRED("Answer {0} ({1}) needs a reason"),
    REASON_TOO_LONG("The reason of answer {0} is longer than {1} characters"),
    ANSWERS_MISSING("Every opinion needs an answer; unanswered: {0}");

    private final String english;

    ConsultationProblem(String english) {
        this.english = english;
    }

    @Override
    public String pattern() {
        return english;
    }

    @Override
    public String bundle() {
        return "consultation.problem";
    }
}
