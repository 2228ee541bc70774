package org.planflow.circulation;

import java.time.Instant;

/** A delivery to start the acknowledgement process for: whose inbox, for which plan, due when. */
public record DeliveryStart(long deliveryId, long planId, String planTitle, String unitCode, Instant due) {
}
