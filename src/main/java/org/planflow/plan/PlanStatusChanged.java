package org.planflow.plan;

/** A plan entered a new status; published in the transaction that moved it (e.g. ISSUED, when supervision begins). */
public record PlanStatusChanged(long planId, PlanStatus status) {
}
