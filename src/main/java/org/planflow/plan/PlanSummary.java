package org.planflow.plan;

import java.time.Instant;

import org.planflow.shared.Period;

/** One row of the plan list, with the period the plan runs for (null until known). */
public record PlanSummary(long id, String title, String type, String docNumber, PlanStatus status, UnitRef leadUnit, String drafter,
                          String drafterName, Instant updated, Period period) {
}
