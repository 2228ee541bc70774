package org.planflow.liaison;

import org.planflow.shared.InputProblem;

/** What naming liaison officers refuses, worded as {@code liaison.problem.<CODE>}. */
public enum LiaisonProblem implements InputProblem {
    REQUIRED,
    UNIT_UNKNOWN,
    /** Values: the unit's name. */
    UNIT_NOT_MEMBER,
    /** Values: the username. */
    USER_UNKNOWN,
    /** Values: the username, the unit's name. */
    USER_NOT_OF_UNIT,
    /** Values: the phone as given. */
    PHONE_MALFORMED,
    /** Values: the username. */
    NAMED_TWICE,
    /** Values: the most per unit. */
    TOO_MANY,
    /** A refusal of rights (403). Values: the unit's name. */
    NOT_ALLOWED;

    @Override
    public String bundle() {
        return "liaison.problem";
    }
}
