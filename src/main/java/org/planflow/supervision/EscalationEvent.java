package org.planflow.supervision;

import java.time.Instant;

/** One step reached by a task, by the ladder ({@code actor} null) or by hand (the supervisor's name). */
public record EscalationEvent(long id, String taskId, String taskName, String taskKind, Long planId, String planTitle,
                              String unitCode, EscalationStep step, Instant due, Instant occurredAt, String actor,
                              String message) {
}
