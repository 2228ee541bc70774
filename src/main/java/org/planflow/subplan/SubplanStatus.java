package org.planflow.subplan;

/** Where a unit's required sub-plan stands: not yet submitted, with the office, filed, or returned for revision. */
public enum SubplanStatus {
    PENDING, SUBMITTED, FILED, RETURNED
}
