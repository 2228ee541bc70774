package org.planflow.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.planflow.shared.Cadence;
import org.planflow.shared.Milestone;
import org.planflow.shared.Target;

/**
 * A row of a breakdown table (任务分解表) as a file proposes it, or as it is written to a workbook: the
 * task with its lead unit (null when the file names none, or when a group of units leads: {@code leadGroup}) and
 * cooperating units, its due date, milestones (节点), its report cadence (null: the plan's) and numeric targets (指标).
 */
public record ProposedItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                           ProposedUnit leadUnit, List<ProposedUnit> coopUnits, LocalDate dueDate, GroupLead leadGroup,
                           List<Milestone> milestones, Cadence cadence, List<Target> targets) {

    public ProposedItem {
        coopUnits = coopUnits == null ? List.of() : List.copyOf(coopUnits);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** An item without milestones, cadence of its own or targets. */
    public ProposedItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                        ProposedUnit leadUnit, List<ProposedUnit> coopUnits, LocalDate dueDate, GroupLead leadGroup) {
        this(seq, category, indicator, score, scoringMethod, leadUnit, coopUnits, dueDate, leadGroup, List.of(), null, List.of());
    }

    /** An item one unit leads (or none yet). */
    public ProposedItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                        ProposedUnit leadUnit, List<ProposedUnit> coopUnits, LocalDate dueDate) {
        this(seq, category, indicator, score, scoringMethod, leadUnit, coopUnits, dueDate, null);
    }
}
