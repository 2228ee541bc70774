package org.planflow.security;

import org.planflow.shared.InputProblem;

/**
 * What the security chains refuse, as a code with its English wording (the API's problem+json); the views
 * word a code as {@code security.problem.<CODE>}. A failed login has one wording whatever went wrong, so
 * that it tells a guesser nothing about the account.
 */
public enum SecurityProblem implements InputProblem {
    LOGIN_FAILED,
    LOGIN_REQUIRED,
    /** Values: the cookie that holds the token, the header that sends it back. */
    CSRF_TOKEN_REQUIRED,
    PASSWORD_CHANGE_REQUIRED,
    TOKEN_CANNOT_ISSUE;

    @Override
    public String bundle() {
        return "security.problem";
    }
}
