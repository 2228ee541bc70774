package org.planflow.organization;

/** The kinds of org unit: townships (乡镇), street offices (街道), departments, the government office, leaders, supervision. */
public enum UnitType {
    TOWNSHIP, STREET, DEPARTMENT, OFFICE, LEADERSHIP, SUPERVISION
}
