package org.planflow.supervision;

/**
 * Which supervised items a search asks for, null meaning any: of a plan, of a unit (as lead unit, cooperating unit or
 * either: {@code role}), by light, status and the state of the current period's report.
 */
public record ItemFilter(Long planId, String unit, UnitRole role, Light light, ItemStatus status, ReportState report) {

    public ItemFilter {
        unit = unit == null || unit.isBlank() ? null : unit;
        role = role == null ? UnitRole.ANY : role;
    }

    public static ItemFilter of(Long planId, String unit, UnitRole role, Light light, ItemStatus status) {
        return new ItemFilter(planId, unit, role, light, status, null);
    }

    ItemFilter ofUnit(String scopeUnit) {
        return new ItemFilter(planId, scopeUnit, role, light, status, report);
    }
}
