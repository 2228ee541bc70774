package org.planflow.plan;

/**
 * A responsible unit as a plan names it: the district unit's code when the name was matched, or
 * only the name as written (code null) for the drafter to resolve.
 */
public record UnitRef(String code, String name) {

    public static UnitRef unmatched(String name) {
        return new UnitRef(null, name);
    }

    public boolean matched() {
        return code != null;
    }
}
