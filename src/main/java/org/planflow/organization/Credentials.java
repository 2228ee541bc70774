package org.planflow.organization;

import java.util.Set;

/**
 * What the login needs of a user: hash, state and roles. Only the security feature asks for it.
 * {@code locked} is the administrator's lock. {@code credentialsEpoch} grows whenever the password is
 * changed or reset, the account is locked or disabled, or its roles change: whatever was signed in under
 * an older epoch (a session, later a token) is over.
 */
public record Credentials(String username, String passwordHash, boolean enabled, boolean locked,
                          boolean mustChangePassword, long credentialsEpoch, Set<String> roles) {

    /** Whether the account may log in at all, whatever the password. */
    public boolean mayLogIn() {
        return enabled && !locked;
    }
}
