package org.planflow.organization;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * A user as the administrator manages them: besides what everyone sees, whether the administrator
 * locked them, until when failed logins lock them for some client address (null: for none), whether
 * they must change their password at the next login, and whether they are their unit's head.
 */
public record ManagedUser(String username, String displayName, OrgUnit unit, Set<String> roles, String email,
                          Locale locale, boolean enabled, boolean locked, Instant lockedUntil, boolean mustChangePassword,
                          boolean unitHead) {

    public ManagedUser {
        roles = Set.copyOf(roles);
    }

    ManagedUser withLockedUntil(Instant until) {
        return new ManagedUser(username, displayName, unit, roles, email, locale, enabled, locked, until, mustChangePassword,
                unitHead);
    }
}
