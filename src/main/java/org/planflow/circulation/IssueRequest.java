package org.planflow.circulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.planflow.shared.Period;

/**
 * The clerk's issuance: number prefix, 印发 or 转发, recipients (unit codes and groups such as
 * ALL_TOWNSHIPS), the acknowledgement deadline in working days, and optionally the issue date
 * (default today), the covering notice's addressees and text (default from the template), the unit seating the
 * plan's office where the plan does not name it yet (null keeps the plan's), and the recipients (codes or groups) that
 * must write their own implementation plan (配套方案) with the working days they have for it (default 20 when any are
 * named); and the plan's time as the office settles it (null keeps the plan's): its period, report cadence, the days
 * after a period's end a report is due, and new due dates by item number.
 */
public record IssueRequest(String prefix, String form, List<String> recipients, Integer ackWorkingDays,
                           LocalDate issueDate, String addressees, String noticeText, String office, List<String> subPlanUnits,
                           Integer subPlanWorkingDays, Period period, String cadence, Integer reportDueDays,
                           Map<Integer, LocalDate> dueDates) {

    public IssueRequest {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        subPlanUnits = subPlanUnits == null ? List.of() : List.copyOf(subPlanUnits);
        dueDates = dueDates == null ? Map.of() : Map.copyOf(dueDates);
    }
}
