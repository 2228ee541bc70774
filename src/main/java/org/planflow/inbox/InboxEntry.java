package org.planflow.inbox;

import java.time.Instant;

/** One open task as the inbox lists it. */
public record InboxEntry(String id, String name, String kind, Long planId, String planTitle, String unit,
                         String assignee, Instant created, Instant due, boolean overdue, String processInstanceId) {
}
