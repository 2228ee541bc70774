package org.planflow.deadline;

import java.util.EnumMap;
import java.util.Map;

import org.planflow.shared.TaskKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code planflow.deadlines.working-days}: the default deadline per task kind in working days; a kind
 * left out gets no deadline unless ADMIN gives it one. A value outside 1 to 60 stops the start.
 */
@ConfigurationProperties("planflow.deadlines")
public record DeadlineProperties(Map<TaskKind, Integer> workingDays) {

    public DeadlineProperties {
        Map<TaskKind, Integer> checked = new EnumMap<>(TaskKind.class);
        if (workingDays != null) {
            workingDays.forEach((kind, days) -> {
                if (days == null || days < TaskDeadlines.MIN_WORKING_DAYS || days > TaskDeadlines.MAX_WORKING_DAYS) {
                    throw new IllegalStateException("planflow.deadlines.working-days." + kind + " must be "
                            + TaskDeadlines.MIN_WORKING_DAYS + " to " + TaskDeadlines.MAX_WORKING_DAYS + ", not " + days);
                }
                checked.put(kind, days);
            });
        }
        workingDays = Map.copyOf(checked);
    }
}
