package org.planflow.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.planflow.shared.Roles;

/**
 * How Camunda group ids derive from units and roles. A unit's code is the group of all its members
 * (tasks for a unit go there); {@code role-<role>} holds every holder of a role; {@code <unit>.<role>}
 * the holders of a role in one unit (the reviewer of the lead department, say).
 */
public final class Groups {

    public static final String TYPE_UNIT = "UNIT";
    public static final String TYPE_ROLE = "ROLE";
    public static final String TYPE_UNIT_ROLE = "UNIT_ROLE";
    public static final String TYPE_SYSTEM = "SYSTEM";
    /** Camunda's web apps grant administrators this group. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private static final String ROLE_PREFIX = "role-";

    private Groups() {
    }

    public static String ofUnit(String unitCode) {
        return unitCode;
    }

    public static String ofRole(String role) {
        return ROLE_PREFIX + role.toLowerCase(Locale.ROOT);
    }

    public static String ofUnitRole(String unitCode, String role) {
        return unitCode + "." + role.toLowerCase(Locale.ROOT);
    }

    public static boolean isRoleGroup(String groupId) {
        return groupId.startsWith(ROLE_PREFIX);
    }

    public static String roleOf(String roleGroupId) {
        return roleGroupId.substring(ROLE_PREFIX.length()).toUpperCase(Locale.ROOT);
    }

    /** The groups of a user: their unit, each role, each role within the unit, and Camunda's admin group for ADMIN. */
    public static List<String> of(UserAccount user) {
        List<String> groups = new ArrayList<>();
        groups.add(ofUnit(user.unit().code()));
        user.roles().stream().sorted().forEach(role -> {
            groups.add(ofRole(role));
            groups.add(ofUnitRole(user.unit().code(), role));
        });
        if (user.hasRole(Roles.ADMIN)) {
            groups.add(CAMUNDA_ADMIN);
        }
        return List.copyOf(groups);
    }
}
