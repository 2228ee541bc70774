package org.planflow.inbox.persistence;

import java.time.Instant;
import java.util.List;

public record InboxTaskRow(String taskId, String processInstanceId, String processKey, String taskKey, String name,
                           String kind, Long planId, String planTitle, String unitCode, String assignee,
                           List<String> candidateGroups, List<String> candidateUsers, Instant created, Instant due) {
}
