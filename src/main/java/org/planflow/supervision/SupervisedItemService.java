package org.planflow.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanService;
import org.planflow.security.CurrentUser;
import org.planflow.security.DistrictRoles;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PlanFlowClock;
import org.planflow.supervision.persistence.ItemRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One supervised item (督办事项): finding and locking it, how much of it the caller sees ({@link ItemVisibility}'s
 * rule), and what every service of items shares: the checks on the caller, the audit entry and the district's today.
 * Assigning items is {@link ItemAssignmentService}'s, their lists {@link ItemSearchService}'s.
 */
@Service
@Transactional
public class SupervisedItemService {

    private final ItemRepository items;
    private final PlanService plans;
    private final OrganizationService organization;
    private final AuditService audit;
    private final WorkingCalendar calendar;
    private final PlanFlowClock clock;
    private final ItemVisibility visibility;
    private final PlanOffices offices;

    public SupervisedItemService(ItemRepository items, PlanService plans, OrganizationService organization,
                                 AuditService audit, WorkingCalendar calendar, PlanFlowClock clock,
                                 ItemVisibility visibility, PlanOffices offices) {
        this.offices = offices;
        this.items = items;
        this.plans = plans;
        this.organization = organization;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
        this.visibility = visibility;
    }

    /** The item for those who see it whole: its lead and cooperating units, its plan's office and the district. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SupervisedItem get(long itemId) {
        SupervisedItem item = load(itemId);
        if (standing(item) != ItemVisibility.Standing.FULL) {
            throw unknown(itemId);
        }
        return item;
    }

    /** How much of the item the caller sees. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ItemVisibility.Standing standing(SupervisedItem item) {
        if (item.planId() == null) {
            return visibility.ofCaller().standing(item);
        }
        Plan plan = plans.load(item.planId());
        return visibility.of(plan, plans.reader(plan)).standing(item);
    }

    /** The item a taskSupervision process instance supervises, for the views of its tasks. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SupervisedItem ofProcess(String processInstanceId) {
        return items.ofProcess(processInstanceId)
                .orElseThrow(() -> new NotFoundException("No supervised item of process " + processInstanceId));
    }

    /** When the period containing today ends: the start of the next day in the district. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Instant nextPeriodEnd(long itemId) {
        SupervisedItem item = load(itemId);
        return item.cadence().periodEnd(today()).plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    /** Whether the caller lists every item of the district (the administrator as ledger rows); unit staff list their own. */
    public boolean maySeeAll() {
        return DistrictRoles.business() || DistrictRoles.administrator();
    }

    /** The same within one plan, whose office sees all its items too; null asks across plans. */
    public boolean maySeeAll(Long planId) {
        return maySeeAll() || planId != null && offices.runsOffice(planId);
    }

    /** What the caller sees of items: of one plan as its readers do (its office whole), or across plans as their units. */
    ItemVisibility.View viewFor(Long planId) {
        if (planId == null) {
            return visibility.ofCaller();
        }
        Plan plan = plans.get(planId);
        return visibility.of(plan, plans.reader(plan));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public SupervisedItem load(long itemId) {
        return items.find(itemId).orElseThrow(() -> unknown(itemId));
    }

    @PreAuthorize("permitAll()")
    public SupervisedItem lock(long itemId) {
        return items.lock(itemId).orElseThrow(() -> unknown(itemId));
    }

    /** An item the caller may not know answers as one that does not exist, before anything else is checked. */
    void requireKnown(SupervisedItem item) {
        if (standing(item) == ItemVisibility.Standing.NONE) {
            throw unknown(item.id());
        }
    }

    static NotFoundException unknown(long itemId) {
        return new NotFoundException("No supervised item " + itemId);
    }

    void requireLeadUnit(SupervisedItem item) {
        if (item.leadUnit() == null || !myUnit().equals(item.leadUnit().code())) {
            throw new AccessDeniedException("only the lead unit (主办) of item " + item.id() + " does this");
        }
    }

    void requireOpen(SupervisedItem item) {
        if (item.status() == ItemStatus.CLOSED) {
            throw SupervisionProblem.ITEM_CLOSED.at(null, item.id());
        }
    }

    String myUnit() {
        return organization.user(CurrentUser.require()).unit().code();
    }

    void record(SupervisedItem item, SupervisionAction action, String details, String taskId) {
        audit.record(AuditRecord.of(item.planId(), action.name()).withItem(item.id()).withDetails(details).withTask(taskId));
    }

    void recordAs(String actor, SupervisedItem item, SupervisionAction action, String details) {
        audit.recordAs(actor, AuditRecord.of(item.planId(), action.name()).withItem(item.id()).withDetails(details));
    }

    LocalDate today() {
        return clock.instant().atZone(calendar.zone()).toLocalDate();
    }

    /** The stripped text of a field that must be given, refused as {@code missing} when blank. */
    static String required(SupervisionProblem missing, String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw missing.at(field);
        }
        if (text.length() > max) {
            throw SupervisionProblem.TOO_LONG.at(field, field, max);
        }
        return text;
    }
}
