package org.planflow.organization;

import java.util.Set;

/**
 * What the login needs of a user: hash, state and roles. Only the security feature asks for it.
 * {@code locked} is the administrator's lock. {@code credentialsEpoch} grows whenever the password is
 * changed or reset, the account is locked or disabled, or its roles change: whatever was signed in under
 * an older epoch (a session) is over. API tokens carry no epoch: they follow the account's state at each call.
 */
public record Credentials(String username, String passwordHash, boolean enabled, boolean locked,
                          boolean mustChangePassword, long credentialsEpoch, Set<String> roles) {

    /** Whether the account may log in at all, whatever the password. */
    public boolean mayLogIn() {
        return enabled && !locked;
    }
}
