package org.planflow.audit;

import java.time.Instant;

/**
 * One event of the administration trail: when, of which category, who from which address, what (action, outcome,
 * details) and about what: a unit, user or file ({@code subject}), a plan, a supervised item.
 */
public record TrailEntry(long id, Instant at, AuditCategory category, String actor, String actorName,
                         String clientAddress, String action, String outcome, String details, String subject,
                         Long planId, Long itemId) {
}
