package org.planflow.circulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan's issuance: its number once taken, the covering notice and whom it went to. */
public record Issuance(long id, long planId, String prefix, IssueForm form, LocalDate issueDate, List<String> recipients,
                       int ackWorkingDays, Instant ackDue, String noticeTitle, String addressees, String noticeText,
                       String docNumber, String issuedBy, Instant issuedAt) {
}
