package org.planflow.security;

import org.planflow.shared.InputProblem;

/**
 * What issuing and revoking API tokens refuses; the API answers the English wording with the field (400, or 409
 * for a clash with a token that exists), the views word the code as {@code apitoken.problem.<CODE>}.
 */
public enum ApiTokenProblem implements InputProblem {
    REQUIRED("this is required"),
    TOO_LONG("this is longer than {0} characters"),
    ACCOUNT_UNKNOWN("no account has the username ''{0}''"),
    ACCOUNT_DISABLED("the account {0} is disabled: its tokens would not work"),
    NAME_TAKEN("{0} has a token named ''{1}'' already", true);

    private final String pattern;
    private final boolean conflict;

    ApiTokenProblem(String pattern) {
        this(pattern, false);
    }

    ApiTokenProblem(String pattern, boolean conflict) {
        this.pattern = pattern;
        this.conflict = conflict;
    }

    @Override
    public String bundle() {
        return "apitoken.problem";
    }

    @Override
    public boolean conflict() {
        return conflict;
    }

    @Override
    public String pattern() {
        return pattern;
    }
}
