package org.planflow.assessment;

import java.time.Instant;

import org.planflow.plan.UnitRef;

/** A responsible unit's self-assessment: waiting, submitted (by whom, when), or lapsed at the deadline (未自评). */
public record UnitSubmission(UnitRef unit, State state, String submittedBy, Instant submittedAt) {

    public enum State {
        PENDING, SUBMITTED, LAPSED
    }
}
