package org.planflow.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A row of a breakdown table (任务分解表) as a file proposes it, or as it is written to a workbook: the
 * task with its lead unit (null when the file names none, or when a group of units leads: {@code leadGroup}) and
 * cooperating units.
 */
public record ProposedItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                           ProposedUnit leadUnit, List<ProposedUnit> coopUnits, LocalDate dueDate, GroupLead leadGroup) {

    public ProposedItem {
        coopUnits = coopUnits == null ? List.of() : List.copyOf(coopUnits);
    }

    /** An item one unit leads (or none yet). */
    public ProposedItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                        ProposedUnit leadUnit, List<ProposedUnit> coopUnits, LocalDate dueDate) {
        this(seq, category, indicator, score, scoringMethod, leadUnit, coopUnits, dueDate, null);
    }
}
