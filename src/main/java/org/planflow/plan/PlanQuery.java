package org.planflow.plan;

/**
 * A search of the plan list. Scope MINE: drafted by the caller; UNIT: led by the caller's unit; OFFICE: whose office
 * sits in the caller's unit (PLAN_OFFICE only);
 * ALL: every plan (SUPERVISOR, LEADER, OFFICE_CLERK and ADMIN only). Text matches the title.
 */
public record PlanQuery(Scope scope, String text, PlanStatus status, String leadUnit) {

    public enum Scope { MINE, UNIT, OFFICE, ALL }

    public static PlanQuery of(Scope scope) {
        return new PlanQuery(scope, null, null, null);
    }
}
