package org.planflow.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of the task breakdown table (任务分解表): a task or scored indicator with its lead unit
 * and cooperating units. Score, scoring method and due date are optional.
 */
public record BreakdownItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                            UnitRef leadUnit, List<UnitRef> coopUnits, LocalDate dueDate) {

    public BreakdownItem {
        coopUnits = coopUnits == null ? List.of() : List.copyOf(coopUnits);
    }

    /** A table's total points (e.g. 100 plus 5 bonus points); items without a score count nothing. */
    public static BigDecimal totalScore(List<BreakdownItem> items) {
        return items.stream().map(BreakdownItem::score).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
