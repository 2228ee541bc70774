package org.planflow.organization;

import java.util.Locale;
import java.util.Set;

/** A user as the rest of PlanFlow sees it: never carries the password hash. */
public record UserAccount(String username, String displayName, OrgUnit unit, Set<String> roles,
                          boolean enabled, String email, Locale locale) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
