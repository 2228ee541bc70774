package org.planflow.supervision;

import java.time.Instant;

/**
 * An open task past its due date, with how far past (working days) and the highest step reached. A task
 * held by one person (a leader's approval, a drafter's revision) names them: {@code assignee}, {@code assigneeName}.
 */
public record OverdueItem(Long planId, String planTitle, String taskId, String taskName, String kind, String unit,
                          String unitName, String assignee, String assigneeName, Instant due, int workingDaysOverdue,
                          int escalationLevel) {
}
