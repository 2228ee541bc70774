package org.planflow.liaison;

import org.planflow.plan.UnitRef;

/**
 * One line of a roster: a unit's liaison officer with their phone, named for one plan ({@link LiaisonScope#PLAN}) or
 * for all the unit's plans ({@link LiaisonScope#UNIT}). A member unit that has named nobody has one line with only
 * its unit (username, name, phone and scope null).
 */
public record Liaison(UnitRef unit, String username, String name, String phone, LiaisonScope scope) {

    public static Liaison none(UnitRef unit) {
        return new Liaison(unit, null, null, null, null);
    }

    public boolean named() {
        return username != null;
    }
}
