package org.planflow.supervision;

import java.time.Instant;

/**
 * A plan's quarterly review (季度通报): the status report the system compiled and the supervision office
 * edited, the leader's decision (returned how often, with the last comment), and once circulated its
 * bulletin (通报) and number.
 */
public record QuarterlyReview(long id, long planId, String planTitle, String period, ReviewStatus status, String reportText,
                              Integer readWorkingDays, int returns, String returnComment, String startedBy, Instant startedAt,
                              String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt, Long bulletinId,
                              String docNumber, String processInstanceId) {
}
