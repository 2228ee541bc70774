package org.planflow.plan;

import java.util.List;

/**
 * What the drafter chooses when submitting a draft: the units to consult (none: no consultation),
 * their deadline in working days, and the leaders who approve, in order.
 */
public record Submission(List<String> consultUnits, Integer consultWorkingDays, List<String> approvers) {

    public Submission {
        consultUnits = consultUnits == null ? List.of() : List.copyOf(consultUnits);
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
    }
}
