package org.planflow.organization.persistence;

import java.util.Collection;
import java.util.Locale;

import org.planflow.organization.Groups;
import org.planflow.shared.Roles;

/**
 * Filters of a user search; a null field does not filter. Patterns use SQL LIKE syntax.
 * {@code answersFor} is a unit code: its head, or all its members while it has none.
 */
public record UserFilter(Collection<String> ids, String displayNameLike, String email, String unitCode, String role,
                         String answersFor) {

    public static UserFilter none() {
        return new UserFilter(null, null, null, null, null, null);
    }

    /** This filter narrowed to the members of a derived group (see {@link Groups}). */
    public UserFilter memberOf(String groupId) {
        if (Groups.CAMUNDA_ADMIN.equals(groupId)) {
            return new UserFilter(ids, displayNameLike, email, null, Roles.ADMIN, null);
        }
        if (Groups.isRoleGroup(groupId)) {
            return new UserFilter(ids, displayNameLike, email, null, Groups.roleOf(groupId), null);
        }
        if (Groups.isUnitHeadGroup(groupId)) {
            return new UserFilter(ids, displayNameLike, email, null, null, Groups.unitOfHeadGroup(groupId));
        }
        int dot = groupId.indexOf('.');
        if (dot > 0) {
            return new UserFilter(ids, displayNameLike, email, groupId.substring(0, dot),
                    groupId.substring(dot + 1).toUpperCase(Locale.ROOT), null);
        }
        return new UserFilter(ids, displayNameLike, email, groupId, null, null);
    }
}
