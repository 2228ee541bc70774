package org.planflow.security;

import java.time.Instant;

/**
 * One attempt to log in, through the login form, HTTP Basic or a token, as PlanFlow judged it; the client
 * address is the one PlanFlow trusts (the proxy's X-Forwarded-For only behind a configured proxy).
 * Published for the audit trail; the caller was told only that the login failed.
 */
public record LoginAttempted(String username, String clientAddress, Outcome outcome, Instant at) {

    public enum Outcome {
        SUCCEEDED,
        BAD_CREDENTIALS,
        UNKNOWN_ACCOUNT,
        LOCKED,
        DISABLED,
        THROTTLED
    }
}
