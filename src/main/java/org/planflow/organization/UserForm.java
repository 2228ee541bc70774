package org.planflow.organization;

import java.util.Set;

/**
 * A user to create or change. On a change the username is ignored and the password must be empty:
 * a password is reset with its own call.
 */
public record UserForm(String username, String displayName, String unit, Set<String> roles, String email,
                       String password) {

    public UserForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
