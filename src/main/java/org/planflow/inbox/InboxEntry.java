package org.planflow.inbox;

import java.time.Instant;

/** One open task as the inbox lists it. */
public record InboxEntry(String id, String name, String kind, Long planId, String planTitle, String unit,
                         String assignee, Instant created, Instant due, boolean overdue, String processInstanceId,
                         Integer workingDaysLeft) {

    /** Working days from today to the due day on the district calendar: 0 due today, negative overdue. */
    public InboxEntry withWorkingDaysLeft(Integer days) {
        return new InboxEntry(id, name, kind, planId, planTitle, unit, assignee, created, due, overdue, processInstanceId, days);
    }
}
