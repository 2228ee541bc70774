package org.planflow.audit;

import java.time.Instant;

/**
 * One event of a trail: who, when, what (action), the outcome and the comment if any; {@code subject}
 * is the unit or user an administration event is about; {@code itemId}, {@code unit} and {@code assessmentId}
 * say whose part of a plan the event records (a supervised item, the unit whose opinion, delivery or
 * self-assessment it is, an annual assessment), which decides who sees it on the plan's timeline.
 */
public record AuditEntry(long id, Long planId, Instant at, String actor, String actorName, String action,
                         String outcome, String comment, String details, String taskId, String subject, Long itemId,
                         String unit, Long assessmentId) {

    /** The event without its free text (comment and details), for readers who may know it happened but not what was said. */
    public AuditEntry withoutText() {
        return new AuditEntry(id, planId, at, actor, actorName, action, outcome, null, null, taskId, subject, itemId, unit,
                assessmentId);
    }
}
