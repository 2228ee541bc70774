package org.planflow.circulation;

import java.util.Map;

/** The figures on top of a plan's 签收情况: e.g. 18/21 已签收, 2 逾期, 1 拒签. */
public record AcknowledgementTotals(int total, int acknowledged, int read, int pending, int overdue, int refused) {

    public static AcknowledgementTotals of(Map<DeliveryStatus, Integer> counts) {
        return new AcknowledgementTotals(counts.values().stream().mapToInt(Integer::intValue).sum(),
                counts.getOrDefault(DeliveryStatus.ACKNOWLEDGED, 0), counts.getOrDefault(DeliveryStatus.READ, 0),
                counts.getOrDefault(DeliveryStatus.PENDING, 0), counts.getOrDefault(DeliveryStatus.OVERDUE, 0),
                counts.getOrDefault(DeliveryStatus.REFUSED, 0));
    }
}
