package org.planflow.circulation;

import java.time.LocalDate;
import java.util.List;

/**
 * The clerk's issuance: number prefix, 印发 or 转发, recipients (unit codes and groups such as
 * ALL_TOWNSHIPS), the acknowledgement deadline in working days, and optionally the issue date
 * (default today), the covering notice's addressees and text (default from the template), the unit seating the
 * plan's office where the plan does not name it yet (null keeps the plan's), and the recipients (codes or groups) that
 * must write their own implementation plan (配套方案) with the working days they have for it (default 20 when any are
 * named).
 */
public record IssueRequest(String prefix, String form, List<String> recipients, Integer ackWorkingDays,
                           LocalDate issueDate, String addressees, String noticeText, String office, List<String> subPlanUnits,
                           Integer subPlanWorkingDays) {

    public IssueRequest {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        subPlanUnits = subPlanUnits == null ? List.of() : List.copyOf(subPlanUnits);
    }
}
