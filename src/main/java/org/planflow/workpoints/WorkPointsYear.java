package org.planflow.workpoints;

import org.planflow.plan.PlanStatus;

/**
 * One year of a multi-year plan and its work points: the plan drawn for it ({@code planId}, {@code title},
 * {@code status}), or none yet ({@code planId} null) while the year is still to be drawn.
 */
public record WorkPointsYear(int year, Long planId, String title, PlanStatus status) {

    public boolean drawn() {
        return planId != null;
    }
}
