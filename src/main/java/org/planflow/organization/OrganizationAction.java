package org.planflow.organization;

/** The changes to units and users that the audit trail records; the UI words them as {@code admin.action.<NAME>}. */
public enum OrganizationAction {
    UNIT_CREATED, UNIT_CHANGED, UNIT_HEAD_SET, UNIT_DISABLED, UNIT_ENABLED, ALIAS_ADDED, ALIAS_REMOVED,
    USER_CREATED, USER_CHANGED, PASSWORD_RESET, PASSWORD_CHANGED, LANGUAGE_CHANGED, USER_LOCKED, USER_UNLOCKED,
    USER_DISABLED, USER_ENABLED, TASKS_RELEASED, ORGANIZATION_IMPORTED;

    /** The audit subject of a unit, e.g. {@code unit:fgw}. */
    public static String unitSubject(String code) {
        return "unit:" + code;
    }

    /** The audit subject of a user, e.g. {@code user:staff-fgw}. */
    public static String userSubject(String username) {
        return "user:" + username;
    }
}
