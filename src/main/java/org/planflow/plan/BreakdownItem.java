package org.planflow.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of the task breakdown table (任务分解表): a task or scored indicator with its lead unit
 * and cooperating units, or instead of the lead unit a group of units ({@code leadGroup}, e.g. 各乡镇) each of which
 * gets the task at issuance. Score, scoring method and due date are optional.
 */
public record BreakdownItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                            UnitRef leadUnit, List<UnitRef> coopUnits, LocalDate dueDate, LeadGroup leadGroup) {

    public BreakdownItem {
        coopUnits = coopUnits == null ? List.of() : List.copyOf(coopUnits);
    }

    /** An item one unit leads (or none yet). */
    public BreakdownItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                         UnitRef leadUnit, List<UnitRef> coopUnits, LocalDate dueDate) {
        this(seq, category, indicator, score, scoringMethod, leadUnit, coopUnits, dueDate, null);
    }

    /** Who leads as a table writes it: the group's name (各乡镇) or the lead unit's, null when none is named. */
    public String leadName() {
        return leadGroup != null ? leadGroup.written() : leadUnit == null ? null : leadUnit.name();
    }

    /** A table's total points (e.g. 100 plus 5 bonus points); items without a score count nothing. */
    public static BigDecimal totalScore(List<BreakdownItem> items) {
        return items.stream().map(BreakdownItem::score).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
