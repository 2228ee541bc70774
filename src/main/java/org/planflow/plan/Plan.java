package org.planflow.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.planflow.shared.Cadence;
import org.planflow.shared.Period;
import org.planflow.shared.TaskKind;

/**
 * A plan as its readers see it: the text in ordered sections, the breakdown table, attachments, and
 * the drafter's latest submission choices (units to consult, working days, approvers in order, the
 * deadlines chosen for its approval steps).
 * {@code warnings} lists what an import could not resolve, e.g. unit names not found in the district: the drafting
 * side's to settle, so other readers get none.
 * {@code readerUnits} are the units it was delivered to (issuance), who may read it too;
 * {@code responsibleLeader} is its 分管领导, the first leader who approved it; {@code office} the unit seating its
 * office (办公室所在单位, null where the district's supervision office does the office work) and {@code leadingGroup}
 * the group that office serves (null where none is named); {@code parentPlanId} names
 * the plan this one implements as a member unit's own plan (配套方案), null for an ordinary plan. {@code period} is the
 * time it runs for (实施期限, null until known), {@code cadence} how often its items report (null: the district's
 * default) and {@code reportDueDays} the calendar days after a period's end a report is due (null: the default
 * working days).
 */
public record Plan(long id, String title, String type, String docNumber, UnitRef leadUnit, String drafter,
                   String drafterName, PlanStatus status, int revision, List<PlanSection> sections,
                   List<BreakdownItem> items, List<AttachmentInfo> attachments, List<String> consultUnits,
                   Integer consultWorkingDays, List<String> approvers, Map<TaskKind, Integer> stepWorkingDays,
                   List<ImportWarning> warnings, Instant created,
                   Instant updated, String processInstanceId, List<String> readerUnits, String responsibleLeader,
                   UnitRef office, LeadingGroup leadingGroup, Long parentPlanId, Period period,
                   Cadence cadence, Integer reportDueDays) {

    public Plan {
        readerUnits = readerUnits == null ? List.of() : List.copyOf(readerUnits);
        stepWorkingDays = Submission.steps(stepWorkingDays);
    }

    /** The plan for a reader its import's warnings are not for ({@link PlanVisibility#seesWarnings}): none listed. */
    public Plan withoutWarnings() {
        return new Plan(id, title, type, docNumber, leadUnit, drafter, drafterName, status, revision, sections, items, attachments,
                consultUnits, consultWorkingDays, approvers, stepWorkingDays, List.of(), created, updated, processInstanceId,
                readerUnits, responsibleLeader, office, leadingGroup, parentPlanId, period, cadence, reportDueDays);
    }

    /** A member unit's own plan for another: approved, it is filed with that plan's office instead of being issued. */
    public boolean subPlan() {
        return parentPlanId != null;
    }

    /**
     * When an item without a date of its own falls due: the end of the plan's period, or, for a plan without one, the
     * end of the year it is issued in, unless fewer than three months are left of it, then the end of the next
     * (decision 060): a plan issued in December is not due that month.
     */
    public LocalDate defaultDue(LocalDate issuedOn) {
        if (period != null) {
            return period.end();
        }
        return LocalDate.of(issuedOn.plusMonths(3).getYear(), 12, 31);
    }
}
