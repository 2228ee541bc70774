package org.planflow.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.planflow.shared.Roles;

/**
 * How Camunda group ids derive from units and roles. A unit's code is the group of all its members
 * (tasks for a unit go there); {@code role-<role>} holds every holder of a role; {@code <unit>.<role>}
 * the holders of a role in one unit (the reviewer of the lead department, say); {@code <unit>.head}
 * who answers for the unit (its head, 负责人, or every member while it has none).
 */
public final class Groups {

    public static final String TYPE_UNIT = "UNIT";
    public static final String TYPE_ROLE = "ROLE";
    public static final String TYPE_UNIT_ROLE = "UNIT_ROLE";
    public static final String TYPE_UNIT_HEAD = "UNIT_HEAD";
    public static final String TYPE_SYSTEM = "SYSTEM";
    /** Camunda's web apps grant administrators this group. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private static final String ROLE_PREFIX = "role-";
    private static final String HEAD_SUFFIX = ".head";

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

    /** Who answers for a unit (supervision notices, urge notices): its head, or its members while it has none. */
    public static String ofUnitHead(String unitCode) {
        return unitCode + HEAD_SUFFIX;
    }

    public static boolean isUnitHeadGroup(String groupId) {
        return groupId.endsWith(HEAD_SUFFIX);
    }

    public static String unitOfHeadGroup(String headGroupId) {
        return headGroupId.substring(0, headGroupId.length() - HEAD_SUFFIX.length());
    }

    public static boolean isRoleGroup(String groupId) {
        return groupId.startsWith(ROLE_PREFIX);
    }

    public static String roleOf(String roleGroupId) {
        return roleGroupId.substring(ROLE_PREFIX.length()).toUpperCase(Locale.ROOT);
    }

    /**
     * The groups of a user: their unit, its head group if they answer for it, each role, each role within
     * the unit, and Camunda's admin group for ADMIN.
     */
    public static List<String> of(UserAccount user, boolean answersForUnit) {
        List<String> groups = new ArrayList<>();
        groups.add(ofUnit(user.unit().code()));
        if (answersForUnit) {
            groups.add(ofUnitHead(user.unit().code()));
        }
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
