package org.planflow.circulation;

import java.util.List;

/** A plan's issuance with every delivery and the totals; empty deliveries before it is issued. */
public record Acknowledgements(Issuance issuance, AcknowledgementTotals totals, List<Delivery> deliveries) {
}
