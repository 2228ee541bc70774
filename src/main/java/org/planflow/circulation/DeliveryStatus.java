package org.planflow.circulation;

import java.util.Set;

/** Where one recipient's delivery stands, as the acknowledgement totals and the API report it. */
public enum DeliveryStatus {
    PENDING, READ, ACKNOWLEDGED, REFUSED, OVERDUE;

    /** Still waiting for the unit to acknowledge or refuse. */
    public static final Set<DeliveryStatus> OPEN = Set.of(PENDING, READ, OVERDUE);

    public boolean open() {
        return OPEN.contains(this);
    }
}
