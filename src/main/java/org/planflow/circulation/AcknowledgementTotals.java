package org.planflow.circulation;

import java.util.List;

/** The figures on top of a plan's 签收情况: e.g. 18/21 已签收, 2 逾期, 1 拒签. */
public record AcknowledgementTotals(int total, int acknowledged, int read, int pending, int overdue, int refused) {

    public static AcknowledgementTotals of(List<Delivery> deliveries) {
        int[] counts = new int[DeliveryStatus.values().length];
        deliveries.forEach(delivery -> counts[delivery.status().ordinal()]++);
        return new AcknowledgementTotals(deliveries.size(), counts[DeliveryStatus.ACKNOWLEDGED.ordinal()],
                counts[DeliveryStatus.READ.ordinal()], counts[DeliveryStatus.PENDING.ordinal()],
                counts[DeliveryStatus.OVERDUE.ordinal()], counts[DeliveryStatus.REFUSED.ordinal()]);
    }
}
