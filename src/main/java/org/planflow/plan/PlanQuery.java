package org.planflow.plan;

/**
 * A search of the plan list. Scope MINE: drafted by the caller; UNIT: led by the caller's unit;
 * ALL: every plan (SUPERVISOR, LEADER, OFFICE_CLERK and ADMIN only). Text matches the title.
 */
public record PlanQuery(Scope scope, String text, PlanStatus status, String leadUnit) {

    public enum Scope { MINE, UNIT, ALL }

    public static PlanQuery of(Scope scope) {
        return new PlanQuery(scope, null, null, null);
    }
}
