package org.planflow.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.plan.persistence.PlanRepository;
import org.planflow.shared.Cadence;
import org.planflow.shared.Period;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's time as the office settles it at issuance (decision 060): the period, the cadence its items report at,
 * the days after a period's end a report is due, and any item's due date, seen and changed before the items become
 * supervised. An approved plan's text is not revised for this; the timeline records it.
 */
@Service
@Transactional
public class PlanSchedules {

    public static final String DUE_DATES = "dueDates";

    private final PlanRepository plans;
    private final AuditService audit;

    public PlanSchedules(PlanRepository plans, AuditService audit) {
        this.plans = plans;
        this.audit = audit;
    }

    /**
     * Settles the approved plan's time as the issuance names it; a null part keeps the plan's, {@code dueDates} maps
     * an item's sequence number to its new due date. Nothing is stored when any part is wrong (400 names it).
     */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).OFFICE_CLERK)")
    public void setAtIssuance(long planId, Period period, String cadence, Integer reportDueDays,
                              Map<Integer, LocalDate> dueDates, LocalDate issueDate) {
        PlanStatus status = plans.lockStatus(planId).orElseThrow();
        if (status != PlanStatus.APPROVED) {
            throw PlanProblem.SCHEDULE_NOT_SETTABLE.at(PlanFields.PERIOD, status);
        }
        if (period != null && (period.start() == null || period.end() == null || period.end().isBefore(period.start()))) {
            throw PlanProblem.PERIOD_INVALID.at(PlanFields.PERIOD);
        }
        if (reportDueDays != null && (reportDueDays < 0 || reportDueDays > Cadence.MAX_REPORT_DUE_DAYS)) {
            throw PlanProblem.REPORT_DUE_DAYS_OUT_OF_RANGE.at(PlanFields.REPORT_DUE_DAYS, Cadence.MAX_REPORT_DUE_DAYS);
        }
        Plan plan = plans.find(planId).orElseThrow();
        Map<Integer, BreakdownItem> items = plan.items().stream()
                .collect(Collectors.toMap(BreakdownItem::seq, Function.identity()));
        Map<Integer, LocalDate> changed = new TreeMap<>();
        dueDates.forEach((seq, due) -> {
            String field = DUE_DATES + "." + seq;
            BreakdownItem item = items.get(seq);
            if (item == null) {
                throw PlanProblem.ITEM_UNKNOWN.at(field, seq);
            }
            if (due == null || due.isBefore(issueDate)) {
                throw PlanProblem.DUE_BEFORE_ISSUE.at(field, seq, issueDate);
            }
            item.milestones().stream().filter(milestone -> milestone.due().isAfter(due)).findFirst().ifPresent(milestone -> {
                throw PlanProblem.MILESTONE_AFTER_ITEM_DUE.at(field, seq, milestone.due(), due);
            });
            if (!due.equals(item.dueDate())) {
                changed.put(seq, due);
            }
        });
        Period newPeriod = period != null ? period : plan.period();
        Cadence newCadence = cadence != null && !cadence.isBlank() ? cadence(cadence) : plan.cadence();
        Integer newDueDays = reportDueDays != null ? reportDueDays : plan.reportDueDays();
        boolean scheduleChanged = !Objects.equals(newPeriod, plan.period()) || newCadence != plan.cadence()
                || !Objects.equals(newDueDays, plan.reportDueDays());
        if (!scheduleChanged && changed.isEmpty()) {
            return;
        }
        plans.setSchedule(planId, newPeriod, newCadence, newDueDays);
        changed.forEach((seq, due) -> plans.setItemDue(planId, seq, due));
        audit.record(AuditRecord.of(planId, PlanAction.SCHEDULED.name()).withDetails((newPeriod == null ? ""
                : newPeriod.start() + "–" + newPeriod.end()) + (changed.isEmpty() ? "" : " · " + changed.size())));
    }

    private static Cadence cadence(String value) {
        try {
            return Cadence.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw PlanProblem.CADENCE_INVALID.at(PlanFields.CADENCE, value);
        }
    }
}
