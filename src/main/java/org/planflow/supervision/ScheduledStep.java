package org.planflow.supervision;

import java.time.Instant;

/** The next step a task will reach, and when. */
public record ScheduledStep(String taskId, EscalationStep step, Instant at) {
}
