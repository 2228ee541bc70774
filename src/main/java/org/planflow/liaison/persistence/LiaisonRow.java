package org.planflow.liaison.persistence;

/** A named liaison as stored: their unit, whether the naming is the plan's own, the person and their phone. */
public record LiaisonRow(String unitCode, boolean ofPlan, String username, String displayName, String phone) {
}
