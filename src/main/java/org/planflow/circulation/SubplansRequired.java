package org.planflow.circulation;

import java.time.Instant;
import java.util.List;

/**
 * A plan was delivered with the requirement that these recipient units write their own implementation plan (配套方案)
 * and file it with the plan's office by {@code due}; published in the transaction that issued it.
 */
public record SubplansRequired(long planId, List<String> units, Instant due, String requiredBy) {

    public SubplansRequired {
        units = List.copyOf(units);
    }
}
