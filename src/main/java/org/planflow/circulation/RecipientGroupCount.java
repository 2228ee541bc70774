package org.planflow.circulation;

import java.util.List;

import org.planflow.plan.UnitRef;

/** A recipient group with the units it stands for now, so the clerk sees the count before sending. */
public record RecipientGroupCount(RecipientGroup group, int count, List<UnitRef> units) {
}
