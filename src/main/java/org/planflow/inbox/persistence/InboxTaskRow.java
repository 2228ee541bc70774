package org.planflow.inbox.persistence;

import java.time.Instant;
import java.util.List;

/**
 * An open task as the inbox keeps it. {@code firstHolder} is the person a task offered to a group was given to as it
 * opened (a unit's liaison): while they hold it, the group still sees it and any member may take it over.
 */
public record InboxTaskRow(String taskId, String processInstanceId, String processKey, String taskKey, String name,
                           String kind, Long planId, String planTitle, String unitCode, String assignee,
                           List<String> candidateGroups, List<String> candidateUsers, Instant created, Instant due,
                           String firstHolder) {
}
