package org.planflow.security;

import org.planflow.shared.Conflict;
import org.planflow.shared.InputProblem;

/**
 * What issuing and revoking API tokens refuses; the API answers the English wording with the field (400, or 409
 * for a clash with a token that exists), the views word the code as {@code apitoken.problem.<CODE>}.
 */
public enum ApiTokenProblem implements InputProblem {
    REQUIRED,
    TOO_LONG,
    ACCOUNT_UNKNOWN,
    ACCOUNT_DISABLED,
    @Conflict NAME_TAKEN;

    @Override
    public String bundle() {
        return "apitoken.problem";
    }
}
