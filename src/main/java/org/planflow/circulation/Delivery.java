package org.planflow.circulation;

import java.time.Instant;

import org.planflow.plan.UnitRef;

/**
 * One recipient's delivery: the unit, where it stands, who first read it and when, who
 * acknowledged or refused it and when, the refusal's reason, and where it was re-routed to.
 */
public record Delivery(long id, long planId, String planTitle, String docNumber, UnitRef unit, DeliveryStatus status,
                       Instant due, boolean late, Instant created, String readBy, String readByName, Instant readAt,
                       String by, String byName, Instant at,
                       String reason, UnitRef reroutedTo, String closedComment, Long reroutedFrom) {
}
