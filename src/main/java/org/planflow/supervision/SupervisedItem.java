package org.planflow.supervision;

import org.planflow.shared.Milestone;
import org.planflow.shared.Cadence;
import org.planflow.shared.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.planflow.plan.LeadGroup;
import org.planflow.plan.UnitRef;

/**
 * A supervised item (督办事项): a breakdown item of an issued plan, or an ad-hoc item from a leader's
 * instruction or a meeting. Its work-ledger row (工作台账) is the lead unit's measures, milestones and
 * responsible person; its light and status are stored so lists filter and sort by them. An item of a group
 * ({@code leadGroup}, e.g. 各乡镇) is carried by its {@code children}, one item per unit of the group, each with its own
 * process; it has none and rolls them up: its light is their worst, its status CLOSED when all of them are
 * ({@code childrenClosed} of them). A child names its {@code parentId}. Its numeric {@code targets} (指标) are stated in
 * every report; {@code reportDueDays} are the calendar days after a period's end its report is due (null: its
 * {@code reportWorkingDays}).
 */
public record SupervisedItem(long id, Long planId, String planTitle, Integer seq, String indicator, String category,
                             ItemSource source, String sourceText, UnitRef leadUnit, List<UnitRef> coopUnits,
                             LocalDate dueDate, Cadence cadence, int reportWorkingDays, ItemStatus status, Light light,
                             boolean overdue, String measures, List<Milestone> milestones, String responsible,
                             String responsibleLeader, ProgressReport latestReport, int escalationLevel, Instant created,
                             String processInstanceId, LeadGroup leadGroup, Long parentId, List<Long> children,
                             int childrenClosed, List<Target> targets, Integer reportDueDays) {

    public SupervisedItem {
        targets = targets == null ? List.of() : List.copyOf(targets);
        coopUnits = coopUnits == null ? List.of() : List.copyOf(coopUnits);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** Whether the item stands for a group of units, its children carrying the work. */
    public boolean standsForGroup() {
        return leadGroup != null;
    }
}
