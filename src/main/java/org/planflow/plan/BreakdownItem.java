package org.planflow.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the task breakdown table (任务分解表): a task or scored indicator with its lead unit
 * and cooperating units. Score, scoring method and due date are optional.
 */
public record BreakdownItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                            UnitRef leadUnit, List<UnitRef> coopUnits, LocalDate dueDate) {

    public BreakdownItem {
        coopUnits = coopUnits == null ? List.of() : List.copyOf(coopUnits);
    }
}
