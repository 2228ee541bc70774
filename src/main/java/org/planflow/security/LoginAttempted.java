package org.planflow.security;

import java.time.Instant;

/**
 * One attempt to log in, through the login form, HTTP Basic or an API token, as PlanFlow judged it; the client
 * address is the one PlanFlow trusts (the proxy's X-Forwarded-For only behind a configured proxy). {@code token}
 * names the API token used (its hint and name; only its hint when no token has the secret sent), null for a
 * password. Published for the audit trail; the caller was told only that the login failed.
 */
public record LoginAttempted(String username, String clientAddress, Outcome outcome, Instant at, String token) {

    /** A password login. */
    public LoginAttempted(String username, String clientAddress, Outcome outcome, Instant at) {
        this(username, clientAddress, outcome, at, null);
    }

    public enum Outcome {
        SUCCEEDED,
        BAD_CREDENTIALS,
        UNKNOWN_ACCOUNT,
        LOCKED,
        DISABLED,
        THROTTLED,
        /** A bearer secret no token has: mistyped, revoked, or never issued. */
        UNKNOWN_TOKEN
    }
}
