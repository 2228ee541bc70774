package org.planflow.circulation;

import org.planflow.shared.PageOf;

/** A plan's issuance, the totals and one page of the deliveries; no deliveries before it is issued. */
public record Acknowledgements(Issuance issuance, AcknowledgementTotals totals, PageOf<Delivery> deliveries) {
}
