package org.planflow.organization.persistence;

import java.util.Collection;

/** Filters of a user search; a null field does not filter. Patterns use SQL LIKE syntax. */
public record UserFilter(Collection<String> ids, String displayNameLike, String email, String unitCode, String role) {

    public static UserFilter none() {
        return new UserFilter(null, null, null, null, null);
    }
}
