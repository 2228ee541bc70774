package org.planflow.circulation;

/** What circulation writes to a plan's timeline; translated as {@code audit.action.<name>}. */
public enum CirculationAction {
    ISSUED, DELIVERY_READ, BULLETIN_PUBLISHED, BULLETIN_READ, ACKNOWLEDGED, REFUSED, REROUTED, REFUSAL_CLOSED, DELIVERY_OVERDUE, ACK_URGED, DOC_NUMBER_CORRECTED
}
