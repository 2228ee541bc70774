package org.planflow.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * An item the supervision office opens from no plan (立项): a leader's instruction (领导批示) or a meeting
 * decision (会议议定事项), with its text, lead and cooperating units, due date, cadence and, optionally,
 * the leader it escalates to.
 */
public record AdHocItem(String title, String source, String sourceText, String leadUnit, List<String> coopUnits,
                        LocalDate dueDate, String cadence, String leader) {

    public AdHocItem {
        coopUnits = coopUnits == null ? List.of() : List.copyOf(coopUnits);
    }
}
