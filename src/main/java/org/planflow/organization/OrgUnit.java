package org.planflow.organization;

/** A township, street office, department or office; its code is also its Camunda candidate group. */
public record OrgUnit(String code, String name, UnitType type) {
}
