package org.planflow.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.planflow.shared.Cadence;
import org.planflow.shared.Milestone;
import org.planflow.shared.Target;

/**
 * One row of the task breakdown table (任务分解表): a task or scored indicator with its lead unit
 * and cooperating units, or instead of the lead unit a group of units ({@code leadGroup}, e.g. 各乡镇) each of which
 * gets the task at issuance. Score, scoring method and due date are optional; so are its milestones (节点), the cadence
 * it reports at (null: the plan's) and its numeric targets (指标).
 */
public record BreakdownItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                            UnitRef leadUnit, List<UnitRef> coopUnits, LocalDate dueDate, LeadGroup leadGroup,
                            List<Milestone> milestones, Cadence cadence, List<Target> targets) {

    public BreakdownItem {
        coopUnits = coopUnits == null ? List.of() : List.copyOf(coopUnits);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** An item without milestones, cadence of its own or targets. */
    public BreakdownItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                         UnitRef leadUnit, List<UnitRef> coopUnits, LocalDate dueDate, LeadGroup leadGroup) {
        this(seq, category, indicator, score, scoringMethod, leadUnit, coopUnits, dueDate, leadGroup, null, null, null);
    }

    /** An item one unit leads (or none yet). */
    public BreakdownItem(int seq, String category, String indicator, BigDecimal score, String scoringMethod,
                         UnitRef leadUnit, List<UnitRef> coopUnits, LocalDate dueDate) {
        this(seq, category, indicator, score, scoringMethod, leadUnit, coopUnits, dueDate, null, null, null, null);
    }

    /** The same row with other units named. */
    public BreakdownItem withUnits(UnitRef lead, List<UnitRef> coop) {
        return new BreakdownItem(seq, category, indicator, score, scoringMethod, lead, coop, dueDate, leadGroup, milestones,
                cadence, targets);
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
