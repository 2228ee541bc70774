package org.planflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.planflow.plan.UnitRef;

/**
 * A supervised item (督办事项): a breakdown item of an issued plan, or an ad-hoc item from a leader's
 * instruction or a meeting. Its work-ledger row (工作台账) is the lead unit's measures, milestones and
 * responsible person; its light and status are stored so lists filter and sort by them.
 */
public record SupervisedItem(long id, Long planId, String planTitle, Integer seq, String indicator, String category,
                             ItemSource source, String sourceText, UnitRef leadUnit, List<UnitRef> coopUnits,
                             LocalDate dueDate, Cadence cadence, int reportWorkingDays, ItemStatus status, Light light,
                             boolean overdue, String measures, List<Milestone> milestones, String responsible,
                             String responsibleLeader, ProgressReport latestReport, int escalationLevel, Instant created,
                             String processInstanceId) {

    public SupervisedItem {
        coopUnits = coopUnits == null ? List.of() : List.copyOf(coopUnits);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
