package org.planflow.security;

/**
 * The columns of the access matrix: every role, and for unit staff every relation a unit can have to the
 * matrix's plan, its first item and its assessment, plus the anonymous visitor.
 */
enum Caller {
    ANONYMOUS(null, "not logged in"),
    ADMIN("admin", "ADMIN"),
    LEADER("leader", "LEADER, the plan's responsible leader (分管领导)"),
    OTHER_LEADER("leader2", "LEADER, not the plan's"),
    OFFICE("office", "OFFICE_CLERK"),
    SUPERVISOR("supervisor", "SUPERVISOR"),
    DRAFTER("drafter", "DRAFTER of the lead department (own unit)"),
    REVIEWER("reviewer", "DEPT_REVIEWER of the lead department (own unit), PLAN_OFFICE there (of other plans)"),
    LEAD_STAFF("staff-scjgj", "UNIT_STAFF of the lead department (own unit), PLAN_OFFICE there (of other plans)"),
    OTHER_DRAFTER(MatrixFixture.OTHER_DRAFTER, "DRAFTER of another department, not involved in the plan (other unit)"),
    CONSULTED("staff-fgw", "UNIT_STAFF of a unit consulted on the draft"),
    RECIPIENT("staff-town-1", "UNIT_STAFF of a recipient of the issued plan"),
    ITEM_LEAD("staff-zjj", "UNIT_STAFF of the first item's lead unit, its head (主办)"),
    COOPERATING("staff-czj", "UNIT_STAFF of the first item's cooperating unit (协办)"),
    MEMBER("staff-jxj", "UNIT_STAFF of a member unit: the second item's lead unit"),
    UNINVOLVED("staff-street-3", "UNIT_STAFF of a unit not involved in the plan");

    private final String username;
    private final String relation;

    Caller(String username, String relation) {
        this.username = username;
        this.relation = relation;
    }

    String username() {
        return username;
    }

    String relation() {
        return relation;
    }

    String password() {
        return this == OTHER_DRAFTER ? MatrixFixture.OTHER_DRAFTER_PASSWORD : "demo";
    }
}
