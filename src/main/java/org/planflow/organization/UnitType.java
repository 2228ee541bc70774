package org.planflow.organization;

/** The kinds of org unit of DESIGN.md. */
public enum UnitType {
    TOWNSHIP, STREET, DEPARTMENT, OFFICE, LEADERSHIP, SUPERVISION
}
