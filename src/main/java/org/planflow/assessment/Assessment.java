package org.planflow.assessment;

import java.time.Instant;

/** One plan's assessment of one year and where it stands; the leader's last return comment stays until scored again. */
public record Assessment(long id, long planId, String planTitle, int year, AssessmentStatus status, Instant deadline,
                         String openedBy, Instant openedAt, int returns, String returnComment, String approvedBy,
                         Instant approvedAt, Long bulletinId, String docNumber, String processInstanceId) {
}
