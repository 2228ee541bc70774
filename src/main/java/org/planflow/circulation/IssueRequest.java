package org.planflow.circulation;

import java.time.LocalDate;
import java.util.List;

/**
 * The clerk's issuance: number prefix, 印发 or 转发, recipients (unit codes and groups such as
 * ALL_TOWNSHIPS), the acknowledgement deadline in working days, and optionally the issue date
 * (default today) and the covering notice's addressees and text (default from the template).
 */
public record IssueRequest(String prefix, String form, List<String> recipients, Integer ackWorkingDays,
                           LocalDate issueDate, String addressees, String noticeText) {

    public IssueRequest {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
