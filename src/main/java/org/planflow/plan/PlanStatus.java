package org.planflow.plan;

import java.util.Set;

/** Where a plan stands, from drafting to closed. The text may be edited only while drafting or consolidating. */
public enum PlanStatus {
    DRAFTING, IN_REVIEW, IN_CONSULTATION, CONSOLIDATING, IN_APPROVAL, APPROVED, ISSUED, CLOSED;

    public static final Set<PlanStatus> EDITABLE = Set.of(DRAFTING, CONSOLIDATING);

    public boolean editable() {
        return EDITABLE.contains(this);
    }

    /** Issued and sent out: its circulation and supervision exist (ISSUED, and CLOSED after its last item). */
    public boolean issued() {
        return this == ISSUED || this == CLOSED;
    }
}
