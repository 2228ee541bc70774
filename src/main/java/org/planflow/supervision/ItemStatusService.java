package org.planflow.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.planflow.audit.AuditService;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.planflow.shared.Cadence;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.Target;
import org.planflow.supervision.persistence.ItemRepository;
import org.planflow.supervision.process.SupervisionEngine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What befalls an item on its way: the overdue flag (逾期未完成) when its due date passes, a due date moved by a
 * granted extension, the cadence and targets the office changes, and closing (销号, and the plan with its last item).
 */
@Service
@Transactional
public class ItemStatusService {

    private final SupervisedItemService supervised;
    private final ItemRepository items;
    private final ItemLightService lights;
    private final PlanService plans;
    private final SupervisionEngine engine;
    private final PlanFlowClock clock;
    private final PlanOffices offices;

    public ItemStatusService(SupervisedItemService supervised, ItemRepository items, ItemLightService lights,
                             PlanService plans, SupervisionEngine engine, PlanFlowClock clock, PlanOffices offices) {
        this.offices = offices;
        this.supervised = supervised;
        this.items = items;
        this.lights = lights;
        this.plans = plans;
        this.engine = engine;
        this.clock = clock;
    }

    /** The item's due date passed before it was closed: 逾期未完成, red. */
    @PreAuthorize("permitAll()")
    public void flagOverdue(long itemId) {
        SupervisedItem item = supervised.lock(itemId);
        if (item.status() != ItemStatus.CLOSED && !supervised.today().isBefore(item.dueDate().plusDays(1))) {
            items.setOverdue(itemId);
            items.setLight(itemId, Light.RED, clock.instant());
            supervised.recordAs(AuditService.SYSTEM, item, SupervisionAction.ITEM_OVERDUE, item.dueDate().toString());
        }
    }

    /** Closes the item (销号); the plan is CLOSED with its last item. */
    @PreAuthorize("permitAll()")
    public void close(long itemId) {
        SupervisedItem item = supervised.lock(itemId);
        items.setStatus(itemId, ItemStatus.CLOSED, clock.instant());
        items.setLight(itemId, Light.GREEN, clock.instant());
        supervised.record(item, SupervisionAction.ITEM_CLOSED, null, null);
        if (item.planId() != null && items.countOpenOfPlan(item.planId()) == 0) {
            plans.enterStatus(item.planId(), PlanStatus.CLOSED);
        }
    }

    /** Moves the due date (an extension granted); the due timer follows and the overdue flag is cleared. */
    @PreAuthorize("permitAll()")
    public void moveDue(long itemId, LocalDate due) {
        items.setDueDate(itemId, due);
        engine.moveDue(supervised.load(itemId));
        lights.refreshLight(itemId);
    }

    /**
     * The office changes how often the item reports and the calendar days after a period's end its report is due
     * (null: the working-day default); the waiting period timer moves to the new period's end. A group's item changes
     * with each of its units' items.
     */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public SupervisedItem changeCadence(long itemId, String cadence, Integer reportDueDays) {
        SupervisedItem item = supervised.lock(itemId);
        offices.requireOffice(item.planId());
        if (item.status() == ItemStatus.CLOSED) {
            throw SupervisionProblem.ITEM_CLOSED.at(null, itemId);
        }
        Cadence chosen = ItemAssignmentService.cadence(cadence);
        if (reportDueDays != null && (reportDueDays < 0 || reportDueDays > Cadence.MAX_REPORT_DUE_DAYS)) {
            throw SupervisionProblem.REPORT_DUE_DAYS_INVALID.at(SupervisionFields.REPORT_DUE_DAYS, Cadence.MAX_REPORT_DUE_DAYS);
        }
        for (SupervisedItem changed : item.standsForGroup() ? items.children(itemId) : List.of(item)) {
            items.setCadence(changed.id(), chosen, reportDueDays);
            if (changed.processInstanceId() != null && changed.status() != ItemStatus.CLOSED) {
                engine.movePeriodEnd(changed, supervised.nextPeriodEnd(changed.id()));
            }
        }
        if (item.standsForGroup()) {
            items.setCadence(itemId, chosen, reportDueDays);
        }
        supervised.record(item, SupervisionAction.CADENCE_CHANGED,
                chosen + (reportDueDays == null ? "" : " +" + reportDueDays), null);
        return supervised.load(itemId);
    }

    /**
     * The office corrects the item's numeric targets (指标) after issuance, e.g. a target the leadership raised: the
     * list replaces the item's (empty: none left). Reports keep the values they stated; the light is drawn again from
     * the latest report's values for the new targets, so a target added or renamed counts from its next report. A
     * group's item changes with each of its units' items.
     */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public SupervisedItem changeTargets(long itemId, List<Target> targets) {
        SupervisedItem item = supervised.lock(itemId);
        offices.requireOffice(item.planId());
        if (item.status() == ItemStatus.CLOSED) {
            throw SupervisionProblem.ITEM_CLOSED.at(null, itemId);
        }
        if (targets == null) {
            throw SupervisionProblem.TARGETS_REQUIRED.at(SupervisionFields.TARGETS);
        }
        List<Target> checked = ItemTargets.checked(targets);
        for (SupervisedItem changed : item.standsForGroup() ? items.children(itemId) : List.of(item)) {
            items.setTargets(changed.id(), checked);
            if (changed.status() != ItemStatus.CLOSED) {
                lights.refreshLight(changed.id());
            }
        }
        if (item.standsForGroup()) {
            items.setTargets(itemId, checked);
        }
        supervised.record(item, SupervisionAction.TARGETS_CHANGED,
                checked.stream().map(ItemTargets::goal).collect(Collectors.joining("；")), null);
        return supervised.load(itemId);
    }

    void setStatus(long itemId, ItemStatus status) {
        items.setStatus(itemId, status, null);
    }
}
