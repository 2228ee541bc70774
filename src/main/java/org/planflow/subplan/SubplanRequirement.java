package org.planflow.subplan;

import java.time.Instant;

import org.planflow.plan.UnitRef;

/**
 * One unit's required sub-plan (配套方案) for a parent plan: its status, when it is due, whether it is late (not submitted
 * by the due date, or submitted after it), the sub-plan last submitted ({@code subPlanId}, its title) and the office's
 * comment when it was returned ({@code comment}, shown to the unit, the parent's lead department and the district).
 */
public record SubplanRequirement(long id, long parentPlanId, UnitRef unit, SubplanStatus status, Instant due, boolean late,
                                 Long subPlanId, String subPlanTitle, Instant submittedAt, String comment) {

    public SubplanRequirement withoutComment() {
        return new SubplanRequirement(id, parentPlanId, unit, status, due, late, subPlanId, subPlanTitle, submittedAt, null);
    }
}
