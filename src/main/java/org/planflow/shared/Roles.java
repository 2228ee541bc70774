package org.planflow.shared;

import java.util.List;

/** The role names; Spring Security sees them with the {@code ROLE_} prefix. */
public final class Roles {

    public static final String DRAFTER = "DRAFTER";
    public static final String DEPT_REVIEWER = "DEPT_REVIEWER";
    public static final String UNIT_STAFF = "UNIT_STAFF";
    public static final String LEADER = "LEADER";
    public static final String OFFICE_CLERK = "OFFICE_CLERK";
    public static final String SUPERVISOR = "SUPERVISOR";
    /** Staff of the unit that seats a plan's office (领导小组办公室): that plan's office work. */
    public static final String PLAN_OFFICE = "PLAN_OFFICE";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL =
            List.of(DRAFTER, DEPT_REVIEWER, UNIT_STAFF, LEADER, OFFICE_CLERK, SUPERVISOR, PLAN_OFFICE, ADMIN);

    /** The one answer to a call the caller's roles do not allow, whether the filter chain or a service refuses it. */
    public static final String NOT_ALLOWED = "You may not do this: your roles do not allow it";

    private Roles() {
    }
}
