package org.planflow.audit;

import java.time.Instant;

/**
 * One event of a trail: who, when, what (action), the outcome and the comment if any; {@code subject}
 * is the unit or user an administration event is about.
 */
public record AuditEntry(long id, Long planId, Instant at, String actor, String actorName, String action,
                         String outcome, String comment, String details, String taskId, String subject) {
}
