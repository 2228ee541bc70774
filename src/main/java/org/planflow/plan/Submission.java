package org.planflow.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.planflow.shared.TaskKind;

/**
 * What the drafter chooses when submitting a draft: the units to consult (none: no consultation),
 * their deadline in working days, the leaders who approve, in order, and optionally the deadline in
 * working days of the plan's own steps ({@link #DEADLINE_STEPS}) where the default does not fit.
 */
public record Submission(List<String> consultUnits, Integer consultWorkingDays, List<String> approvers,
                         Map<TaskKind, Integer> stepWorkingDays) {

    /** The steps after submission whose deadline the drafter may choose for this plan. */
    public static final List<TaskKind> DEADLINE_STEPS =
            List.of(TaskKind.DEPT_REVIEW, TaskKind.CONSOLIDATE, TaskKind.LEADER_APPROVAL, TaskKind.ISSUE);

    public Submission {
        consultUnits = consultUnits == null ? List.of() : List.copyOf(consultUnits);
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
        stepWorkingDays = steps(stepWorkingDays);
    }

    /** In step order, without entries left empty. */
    static Map<TaskKind, Integer> steps(Map<TaskKind, Integer> days) {
        Map<TaskKind, Integer> ordered = new EnumMap<>(TaskKind.class);
        if (days != null) {
            days.forEach((kind, value) -> {
                if (value != null) {
                    ordered.put(kind, value);
                }
            });
        }
        return Collections.unmodifiableMap(ordered);
    }
}
