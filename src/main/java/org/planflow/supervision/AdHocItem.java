package org.planflow.supervision;

import java.time.LocalDate;
import java.util.List;

import org.planflow.shared.Target;

/**
 * An item the supervision office opens from no plan (立项): a leader's instruction (领导批示) or a meeting
 * decision (会议议定事项), with its text, lead and cooperating units, due date, cadence and, optionally,
 * the leader it escalates to, and its numeric targets (指标).
 */
public record AdHocItem(String title, String source, String sourceText, String leadUnit, List<String> coopUnits,
                        LocalDate dueDate, String cadence, String leader, List<Target> targets) {

    public AdHocItem {
        coopUnits = coopUnits == null ? List.of() : List.copyOf(coopUnits);
        targets = targets == null ? List.of() : targets;
    }

    /** An item without numeric targets. */
    public AdHocItem(String title, String source, String sourceText, String leadUnit, List<String> coopUnits,
                     LocalDate dueDate, String cadence, String leader) {
        this(title, source, sourceText, leadUnit, coopUnits, dueDate, cadence, leader, List.of());
    }
}
