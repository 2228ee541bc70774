package org.planflow.supervision;

import java.time.Instant;

/** An open task past its due date, with how far past (working days) and the highest step reached. */
public record OverdueItem(Long planId, String planTitle, String taskId, String taskName, String kind, String unit,
                          String unitName, String assignee, Instant due, int workingDaysOverdue, int escalationLevel) {
}
