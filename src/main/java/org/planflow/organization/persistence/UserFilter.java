package org.planflow.organization.persistence;

import java.util.Collection;
import java.util.Locale;

import org.planflow.organization.Groups;
import org.planflow.shared.Roles;

/** Filters of a user search; a null field does not filter. Patterns use SQL LIKE syntax. */
public record UserFilter(Collection<String> ids, String displayNameLike, String email, String unitCode, String role) {

    public static UserFilter none() {
        return new UserFilter(null, null, null, null, null);
    }

    /** This filter narrowed to the members of a derived group (see {@link Groups}). */
    public UserFilter memberOf(String groupId) {
        if (Groups.CAMUNDA_ADMIN.equals(groupId)) {
            return new UserFilter(ids, displayNameLike, email, null, Roles.ADMIN);
        }
        if (Groups.isRoleGroup(groupId)) {
            return new UserFilter(ids, displayNameLike, email, null, Groups.roleOf(groupId));
        }
        int dot = groupId.indexOf('.');
        if (dot > 0) {
            return new UserFilter(ids, displayNameLike, email, groupId.substring(0, dot),
                    groupId.substring(dot + 1).toUpperCase(Locale.ROOT));
        }
        return new UserFilter(ids, displayNameLike, email, groupId, null);
    }
}
