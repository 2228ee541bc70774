package org.planflow.audit;

import java.time.Instant;

/** One event of a plan's timeline: who, when, what (action), the outcome and the comment if any. */
public record AuditEntry(long id, Long planId, Instant at, String actor, String actorName, String action,
                         String outcome, String comment, String details, String taskId) {
}
