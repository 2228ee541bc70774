package org.planflow.organization;

import java.time.Instant;
import java.util.Set;

/**
 * What the login needs of a user: hash, state and roles. Only the security feature asks for it.
 * {@code locked} is the administrator's lock, {@code lockedUntil} the one of failed logins.
 */
public record Credentials(String username, String passwordHash, boolean enabled, boolean locked, Instant lockedUntil,
                          boolean mustChangePassword, Set<String> roles) {

    /** Whether the account may log in at this moment, whatever the password. */
    public boolean mayLogIn(Instant now) {
        return enabled && !locked && (lockedUntil == null || !lockedUntil.isAfter(now));
    }
}
