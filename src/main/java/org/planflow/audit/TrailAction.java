package org.planflow.audit;

import org.planflow.security.ApiTokenChanged;
import org.planflow.security.LoginAttempted;

/**
 * What the trail records of other parts' announcements: logins and lockouts, API tokens issued and revoked,
 * downloads, operations in the engine's own doors and moves of the clock. Worded as {@code admin.action.<NAME>}.
 */
public enum TrailAction {
    LOGIN_SUCCEEDED, LOGIN_BAD_CREDENTIALS, LOGIN_UNKNOWN_ACCOUNT, LOGIN_LOCKED, LOGIN_DISABLED, LOGIN_THROTTLED,
    LOGIN_UNKNOWN_TOKEN, ACCOUNT_LOCKED_OUT, API_TOKEN_ISSUED, API_TOKEN_REVOKED, FILE_DOWNLOADED, ENGINE_OPERATION,
    CLOCK_MOVED, CLOCK_RESET;

    /** The action of a login's outcome; a new outcome does not compile until it has one. */
    public static TrailAction of(LoginAttempted.Outcome outcome) {
        return switch (outcome) {
            case SUCCEEDED -> LOGIN_SUCCEEDED;
            case BAD_CREDENTIALS -> LOGIN_BAD_CREDENTIALS;
            case UNKNOWN_ACCOUNT -> LOGIN_UNKNOWN_ACCOUNT;
            case LOCKED -> LOGIN_LOCKED;
            case DISABLED -> LOGIN_DISABLED;
            case THROTTLED -> LOGIN_THROTTLED;
            case UNKNOWN_TOKEN -> LOGIN_UNKNOWN_TOKEN;
        };
    }

    /** The action of a change to an API token; a new kind of change does not compile until it has one. */
    public static TrailAction of(ApiTokenChanged.Change change) {
        return switch (change) {
            case ISSUED -> API_TOKEN_ISSUED;
            case REVOKED -> API_TOKEN_REVOKED;
        };
    }
}
