package org.planflow.security;

import org.planflow.shared.Roles;

/**
 * The district-wide roles as "Who may see what" (docs/security.md) groups them. ADMIN is in neither group: the
 * system administrator runs the system and is no business reader (三员分立).
 */
public final class DistrictRoles {

    private DistrictRoles() {
    }

    /** Leaders and the supervision office: everything, the assessment's scores before they are published included. */
    public static boolean oversight() {
        return CurrentUser.hasRole(Roles.LEADER) || CurrentUser.hasRole(Roles.SUPERVISOR);
    }

    /** The district's business readers: oversight and the government office (区政府办公室). */
    public static boolean business() {
        return oversight() || CurrentUser.hasRole(Roles.OFFICE_CLERK);
    }

    /** The system administrator, who sees every plan as a member unit does and no more. */
    public static boolean administrator() {
        return CurrentUser.hasRole(Roles.ADMIN);
    }
}
