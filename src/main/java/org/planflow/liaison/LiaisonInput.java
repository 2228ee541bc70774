package org.planflow.liaison;

import org.planflow.plan.UnitRef;

/**
 * A liaison to name: the unit (only its code counts; left out where the unit is given by the path), the person's
 * username and their phone.
 */
public record LiaisonInput(UnitRef unit, String username, String phone) {

    public String unitCode() {
        return unit == null ? null : unit.code();
    }
}
