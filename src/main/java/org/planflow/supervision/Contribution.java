package org.planflow.supervision;

import java.time.Instant;

import org.planflow.plan.UnitRef;

/** A cooperating unit's (协办) part of a period's report. */
public record Contribution(long id, String period, UnitRef unit, String text, String author, Instant at) {
}
