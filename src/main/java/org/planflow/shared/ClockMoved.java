package org.planflow.shared;

import java.time.Instant;

/**
 * ADMIN moved PlanFlow's clock ({@code planflow.clock.adjustable}), or gave it back to real time
 * ({@code adjusted} false): published for the audit trail with the time it read before and after.
 */
public record ClockMoved(Instant before, Instant after, boolean adjusted) {
}
