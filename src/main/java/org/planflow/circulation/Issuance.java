package org.planflow.circulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan's issuance: its number once taken, the covering notice and whom it went to; the units (codes, groups
 * resolved) that must file their own plan for it by {@code subPlanDue} (none: {@code subPlanDue} null).
 */
public record Issuance(long id, long planId, String prefix, IssueForm form, LocalDate issueDate, List<String> recipients,
                       int ackWorkingDays, Instant ackDue, String noticeTitle, String addressees, String noticeText,
                       String docNumber, String issuedBy, Instant issuedAt, List<String> subPlanUnits,
                       Integer subPlanWorkingDays, Instant subPlanDue) {

    public Issuance {
        subPlanUnits = subPlanUnits == null ? List.of() : List.copyOf(subPlanUnits);
    }
}
