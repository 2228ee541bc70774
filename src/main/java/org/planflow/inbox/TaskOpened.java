package org.planflow.inbox;

import java.time.Instant;
import java.util.List;

/**
 * A user task appeared in someone's inbox. Published inside the engine's transaction, so listeners
 * (notifications) commit or roll back with the task.
 */
public record TaskOpened(String taskId, String name, String kind, Long planId, String planTitle, String unitCode,
                         String assignee, List<String> candidateGroups, List<String> candidateUsers, Instant due) {
}
