package org.planflow.security;

import org.planflow.shared.InputProblem;

/**
 * What the security chains refuse, as a code with its English wording (the API's problem+json); the views
 * word a code as {@code security.problem.<CODE>}. A failed login has one wording whatever went wrong, so
 * that it tells a guesser nothing about the account.
 */
public enum SecurityProblem implements InputProblem {
    LOGIN_FAILED("The username or password is wrong, or the account cannot log in at the moment. "
            + "Try again later, or ask your administrator."),
    LOGIN_REQUIRED("Log in first: with HTTP Basic or an API token (Authorization: Bearer …), or in the browser at /login."),
    CSRF_TOKEN_REQUIRED("A change sent with the session cookie needs its CSRF token: send the value of the "
            + SecurityConfiguration.CSRF_COOKIE + " cookie in the " + SecurityConfiguration.CSRF_HEADER
            + " header, or authenticate with an Authorization header instead of the cookie."),
    PASSWORD_CHANGE_REQUIRED("Your password was set by someone else: change it before anything else, with "
            + "PUT /api/me/password {\"currentPassword\":…,\"newPassword\":…}"),
    TOKEN_CANNOT_ISSUE("An API token cannot issue tokens: log in with your password (HTTP Basic or the browser) to issue one.");

    private final String english;

    SecurityProblem(String english) {
        this.english = english;
    }

    public String english() {
        return english;
    }

    /** The wording takes no values: its quotes and braces are text. */
    @Override
    public String pattern() {
        return english.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
    }

    @Override
    public String bundle() {
        return "security.problem";
    }
}
