package org.planflow.plan;

import java.time.Instant;

/** One row of the plan list. */
public record PlanSummary(long id, String title, String type, String docNumber, PlanStatus status, UnitRef leadUnit, String drafter,
                          String drafterName, Instant updated) {
}
