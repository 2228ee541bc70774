package org.planflow.circulation;

import java.util.Arrays;
import java.util.Optional;

import org.planflow.organization.UnitType;

/** Recipients named as a group: every unit of one type, as a notice's addressees name them. */
public enum RecipientGroup {
    ALL_TOWNSHIPS(UnitType.TOWNSHIP), ALL_STREETS(UnitType.STREET), ALL_DEPARTMENTS(UnitType.DEPARTMENT);

    private final UnitType unitType;

    RecipientGroup(UnitType unitType) {
        this.unitType = unitType;
    }

    public UnitType unitType() {
        return unitType;
    }

    public static Optional<RecipientGroup> of(String value) {
        return Arrays.stream(values()).filter(group -> group.name().equals(value)).findFirst();
    }
}
