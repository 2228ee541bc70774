package org.planflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.calendar.Deadlines;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanResponsibleLeaderChanged;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.planflow.plan.PlanStatusChanged;
import org.planflow.security.CurrentUser;
import org.planflow.security.DistrictRoles;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.Roles;
import org.planflow.supervision.persistence.ItemRepository;
import org.planflow.supervision.persistence.ReportRepository;
import org.planflow.supervision.process.SupervisionEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervised items: assignment (交办) of every breakdown item when its plan is issued, ad-hoc items (立项),
 * the lead unit's acceptance with its ledger row (工作台账), the traffic light, the overdue flag, closing
 * (销号, and the plan with its last item). What each caller sees of an item is {@link ItemVisibility}'s rule.
 */
@Service
@Transactional
@EnableConfigurationProperties(SupervisionProperties.class)
public class SupervisedItemService {

    private final ItemRepository items;
    private final ReportRepository reports;
    private final PlanService plans;
    private final OrganizationService organization;
    private final AuditService audit;
    private final SupervisionEngine engine;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final PlanFlowClock clock;
    private final SupervisionProperties properties;
    private final ItemVisibility visibility;

    public SupervisedItemService(ItemRepository items, ReportRepository reports, PlanService plans,
                                 OrganizationService organization, AuditService audit, SupervisionEngine engine,
                                 Deadlines deadlines, WorkingCalendar calendar, PlanFlowClock clock,
                                 SupervisionProperties properties, ItemVisibility visibility) {
        this.visibility = visibility;
        this.items = items;
        this.reports = reports;
        this.plans = plans;
        this.organization = organization;
        this.audit = audit;
        this.engine = engine;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
    }

    /** An issued plan's breakdown items become supervised items, each with its process (交办). */
    @EventListener
    @PreAuthorize("permitAll()")
    public void onPlanStatus(PlanStatusChanged changed) {
        if (changed.status() == PlanStatus.ISSUED && items.ofPlan(changed.planId()).isEmpty()) {
            assignPlan(plans.load(changed.planId()));
        }
    }

    /** The plan's open items answer to its new responsible leader (分管领导) when escalated. */
    @EventListener
    @PreAuthorize("permitAll()")
    public void onResponsibleLeader(PlanResponsibleLeaderChanged changed) {
        items.setResponsibleLeaderOfPlan(changed.planId(), changed.leader());
    }

    private void assignPlan(Plan plan) {
        LocalDate defaultDue = today().withMonth(12).withDayOfMonth(31);
        // The units that carry the plan's tasks read the plan they come from.
        plans.grantReaders(plan.id(), plan.items().stream()
                .flatMap(item -> java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(item.leadUnit()),
                        item.coopUnits().stream()))
                .filter(unit -> unit.matched()).map(unit -> unit.code()).distinct().toList());
        for (BreakdownItem breakdown : plan.items()) {
            boolean matched = breakdown.leadUnit() != null && breakdown.leadUnit().matched();
            long id = items.insert(new ItemRepository.NewItem(plan.id(), breakdown.seq(), breakdown.indicator(),
                    breakdown.category(), ItemSource.PLAN, null, matched ? breakdown.leadUnit().code() : null,
                    breakdown.leadUnit() == null || matched ? null : breakdown.leadUnit().name(),
                    breakdown.coopUnits().stream().filter(unit -> unit.matched()).map(unit -> unit.code()).toList(),
                    breakdown.dueDate() == null ? defaultDue : breakdown.dueDate(), properties.defaultCadence(),
                    properties.reportWorkingDays(), plan.responsibleLeader(), AuditService.SYSTEM, clock.instant()));
            begin(id);
        }
    }

    /** The supervision office opens an item from no plan: a leader's instruction or a meeting decision. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).SUPERVISOR)")
    public SupervisedItem createAdHoc(AdHocItem request) {
        return createAdHoc(request, null);
    }

    /** An ad-hoc item, under the plan whose joint meeting decided it when there is one. */
    SupervisedItem createAdHoc(AdHocItem request, Plan plan) {
        String title = required(SupervisionProblem.TITLE_REQUIRED, SupervisionFields.TITLE, request.title(), 2000);
        ItemSource source = ItemSource.of(request.source()).filter(value -> value != ItemSource.PLAN)
                .orElseThrow(() -> SupervisionProblem.SOURCE_INVALID.at(SupervisionFields.SOURCE));
        String lead = leadUnit(request.leadUnit());
        List<String> coop = new ArrayList<>();
        for (String code : request.coopUnits()) {
            String unit = unit(SupervisionFields.COOP_UNITS, code, SupervisionProblem.COOP_UNIT_REQUIRED,
                    SupervisionProblem.COOP_UNIT_UNKNOWN);
            if (!unit.equals(lead) && !coop.contains(unit)) {
                coop.add(unit);
            }
        }
        if (request.dueDate() == null || request.dueDate().isBefore(today())) {
            throw SupervisionProblem.DUE_DATE_PAST.at(SupervisionFields.DUE_DATE);
        }
        Cadence cadence = request.cadence() == null ? properties.defaultCadence() : cadence(request.cadence());
        String leader = request.leader() == null || request.leader().isBlank()
                ? (plan == null ? null : plan.responsibleLeader()) : leader(request.leader());
        long id = items.insert(new ItemRepository.NewItem(plan == null ? null : plan.id(), null, title, null, source,
                request.sourceText() == null ? null : request.sourceText().strip(), lead, null, coop, request.dueDate(),
                cadence, properties.reportWorkingDays(), leader, CurrentUser.require(), clock.instant()));
        if (plan != null) {
            // The units that carry the plan's new task read the plan it comes from, like those of its breakdown items.
            plans.grantReaders(plan.id(), java.util.stream.Stream.concat(java.util.stream.Stream.of(lead), coop.stream()).toList());
        }
        begin(id);
        return load(id);
    }

    private void begin(long id) {
        items.recordLight(id, Light.GREEN, clock.instant());
        SupervisedItem item = load(id);
        items.setProcessInstance(id, engine.start(item, deadlines.workingDaysFromNow(properties.acceptWorkingDays()).toInstant()));
        record(item, SupervisionAction.ITEM_ASSIGNED, item.leadUnit() == null ? null : item.leadUnit().name(), null);
    }

    /** The supervision office names the lead unit of an item that came without one. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).SUPERVISOR)")
    public void assignLeadUnit(long itemId, String unitCode, String taskId) {
        SupervisedItem item = lock(itemId);
        String unit = leadUnit(unitCode);
        items.setLeadUnit(itemId, unit);
        if (item.planId() != null) {
            plans.grantReaders(item.planId(), List.of(unit));
        }
        engine.leadUnitAssigned(item.processInstanceId(), unit);
        record(item, SupervisionAction.LEAD_UNIT_ASSIGNED, unit, taskId);
    }

    /** The lead unit accepts (签收承办): its measures, milestones and responsible person form the ledger row. */
    @PreAuthorize("permitAll()")
    public void accept(long itemId, String measures, List<Milestone> milestones, String responsible, String taskId) {
        SupervisedItem item = lock(itemId);
        String text = required(SupervisionProblem.MEASURES_REQUIRED, SupervisionFields.MEASURES, measures, 4000);
        String person = required(SupervisionProblem.RESPONSIBLE_REQUIRED, SupervisionFields.RESPONSIBLE, responsible, 100);
        if (milestones.isEmpty()) {
            throw SupervisionProblem.MILESTONES_REQUIRED.at(SupervisionFields.MILESTONES);
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            String due = SupervisionFields.milestone(i, SupervisionFields.MILESTONE_DUE);
            if (milestone.text() == null || milestone.text().isBlank()) {
                throw SupervisionProblem.MILESTONE_TEXT_REQUIRED.at(SupervisionFields.milestone(i, SupervisionFields.MILESTONE_TEXT),
                        i + 1);
            }
            if (milestone.due() == null) {
                throw SupervisionProblem.MILESTONE_DUE_REQUIRED.at(due, i + 1);
            }
            if (milestone.due().isAfter(item.dueDate())) {
                throw SupervisionProblem.MILESTONE_AFTER_DUE.at(due, i + 1, item.dueDate());
            }
        }
        items.setLedger(itemId, text, milestones.stream().map(m -> new Milestone(m.text().strip(), m.due())).toList(), person);
        record(item, SupervisionAction.ASSIGNMENT_ACCEPTED, person, taskId);
        refreshLight(itemId);
    }

    /** The item's due date passed before it was closed: 逾期未完成, red. */
    @PreAuthorize("permitAll()")
    public void flagOverdue(long itemId) {
        SupervisedItem item = lock(itemId);
        if (item.status() != ItemStatus.CLOSED && !today().isBefore(item.dueDate().plusDays(1))) {
            items.setOverdue(itemId);
            items.setLight(itemId, Light.RED, clock.instant());
            recordAs(AuditService.SYSTEM, item, SupervisionAction.ITEM_OVERDUE, item.dueDate().toString());
        }
    }

    /** Closes the item (销号); the plan is CLOSED with its last item. */
    @PreAuthorize("permitAll()")
    public void close(long itemId) {
        SupervisedItem item = lock(itemId);
        items.setStatus(itemId, ItemStatus.CLOSED, clock.instant());
        items.setLight(itemId, Light.GREEN, clock.instant());
        record(item, SupervisionAction.ITEM_CLOSED, null, null);
        if (item.planId() != null && items.countOpenOfPlan(item.planId()) == 0) {
            plans.enterStatus(item.planId(), PlanStatus.CLOSED);
        }
    }

    /** Moves the due date (an extension granted); the due timer follows and the overdue flag is cleared. */
    @PreAuthorize("permitAll()")
    public void moveDue(long itemId, LocalDate due) {
        items.setDueDate(itemId, due);
        engine.moveDue(load(itemId));
        refreshLight(itemId);
    }

    void setStatus(long itemId, ItemStatus status) {
        items.setStatus(itemId, status, null);
    }

    /**
     * Recomputes and stores the item's light: red when the item or a report is overdue; yellow when its
     * due date is near, a milestone has passed, or the last report was BEHIND; green otherwise.
     */
    @PreAuthorize("permitAll()")
    public Light refreshLight(long itemId) {
        SupervisedItem item = load(itemId);
        Light light = light(item);
        items.setLight(itemId, light, clock.instant());
        return light;
    }

    /** Lights change as days pass; every open item is looked at regularly (on every node; the result is the same). */
    @Scheduled(fixedDelayString = "${planflow.supervision.light-refresh:PT10M}", initialDelayString = "PT1M")
    @PreAuthorize("permitAll()")
    public void refreshLights() {
        items.openIds().forEach(this::refreshLight);
    }

    private Light light(SupervisedItem item) {
        if (item.status() == ItemStatus.CLOSED) {
            return Light.GREEN;
        }
        Instant now = clock.instant();
        LocalDate today = today();
        if (item.overdue() || today.isAfter(item.dueDate()) || reports.hasOverdueReport(item.id(), now)) {
            return Light.RED;
        }
        boolean near = calendar.workingDaysBetween(today, item.dueDate()) <= properties.yellowWorkingDays();
        boolean milestonePassed = item.milestones().stream().anyMatch(m -> m.due().isBefore(today))
                && (item.latestReport() == null || item.latestReport().percent() == null || item.latestReport().percent() < 100);
        boolean behind = item.latestReport() != null && item.latestReport().status() == ReportStatus.BEHIND;
        return near || milestonePassed || behind ? Light.YELLOW : Light.GREEN;
    }

    /** When the period containing today ends: the start of the next day in the district. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Instant nextPeriodEnd(long itemId) {
        SupervisedItem item = load(itemId);
        return item.cadence().periodEnd(today()).plusDays(1).atStartOfDay(calendar.zone()).toInstant();
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

    /** Whether the caller sees the plan's items: its member units, the district and the administrator. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean maySeeItemsOf(Plan plan) {
        return visibility.of(plan, plans.reader(plan)).seesItems();
    }

    /** The item a taskSupervision process instance supervises, for the views of its tasks. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SupervisedItem ofProcess(String processInstanceId) {
        return items.ofProcess(processInstanceId)
                .orElseThrow(() -> new NotFoundException("No supervised item of process " + processInstanceId));
    }

    /**
     * The plan's items as the caller sees them: whole where the caller works on them (or is the plan's office or the
     * district), as ledger rows for the plan's other member units and the administrator; other readers of the plan
     * are refused (403), and a plan the caller may not read is unknown (404).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SupervisedItem> ofPlan(long planId) {
        Plan plan = plans.get(planId);
        List<SupervisedItem> planItems = items.ofPlan(planId);
        ItemVisibility.View view = visibility.of(plan, plans.reader(plan), planItems);
        if (!view.seesItems()) {
            throw new AccessDeniedException("only the plan's member units and the district see its supervised items");
        }
        return view.show(planItems);
    }

    /** One page of {@link #ofPlan(long)}, in the breakdown table's order, with how many items the plan has. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PageOf<SupervisedItem> ofPlan(long planId, PageRequest page) {
        Plan plan = plans.get(planId);
        ItemVisibility.View view = visibility.of(plan, plans.reader(plan));
        if (!view.seesItems()) {
            throw new AccessDeniedException("only the plan's member units and the district see its supervised items");
        }
        // Whoever sees a plan's items sees every one of them (whole or as its ledger row), so the page stays whole.
        return PageOf.of(view.show(items.ofPlan(planId, page.offset(), page.size())), page, items.countOfPlan(planId));
    }

    /**
     * One page of the items for the caller, red first, then by due date, with how many match: the district's readers
     * see all (of one unit if the filter names it); unit staff see their unit's, as lead unit (主办), cooperating unit
     * (协办) or both.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PageOf<SupervisedItem> search(ItemFilter filter, PageRequest page) {
        ItemFilter scoped = maySeeAll() ? filter : filter.ofUnit(myUnit());
        ItemVisibility.View view = visibility.ofCaller();
        return PageOf.of(view.show(items.search(scoped, page.offset(), page.size())), page, items.count(scoped));
    }

    /**
     * The work ledger (工作台账) of the items the caller may see, as an .xlsx workbook: of one plan (which the
     * caller must be allowed to read) and of one unit (unit staff always their own), in the plans' own order.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] ledger(Long planId, String unit) {
        List<String> title = new ArrayList<>();
        if (planId != null) {
            title.add(plans.get(planId).title());
        }
        String scopeUnit = !maySeeAll() ? myUnit() : unit == null || unit.isBlank() ? null : unit.strip();
        if (scopeUnit != null) {
            title.add(organization.unit(scopeUnit).name());
        }
        title.add(LedgerWorkbook.SHEET_NAME);
        // A ledger reads plan by plan in 序号 order, ad-hoc items last; search() puts red lights first for the views.
        List<SupervisedItem> rows = visibility.ofCaller().show(items.search(ItemFilter.of(planId, scopeUnit, UnitRole.ANY, null, null),
                        0, Integer.MAX_VALUE)).stream()
                .sorted(Comparator.comparing(SupervisedItem::planId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SupervisedItem::seq, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(SupervisedItem::id))
                .toList();
        return LedgerWorkbook.write(String.join(" ", title), rows);
    }

    /** Whether the caller lists every item of the district (the administrator as ledger rows); unit staff list their own. */
    public boolean maySeeAll() {
        return DistrictRoles.business() || DistrictRoles.administrator();
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

    private String leadUnit(String code) {
        return unit(SupervisionFields.LEAD_UNIT, code, SupervisionProblem.LEAD_UNIT_REQUIRED,
                SupervisionProblem.LEAD_UNIT_UNKNOWN);
    }

    private String unit(String field, String code, SupervisionProblem missing, SupervisionProblem unknown) {
        if (code == null || code.isBlank()) {
            throw missing.at(field);
        }
        return organization.units().stream().map(OrgUnit::code).filter(code.strip()::equals).findFirst()
                .orElseThrow(() -> unknown.at(field, code));
    }

    private String leader(String username) {
        return organization.findUser(username).filter(user -> user.hasRole(Roles.LEADER)).map(user -> user.username())
                .orElseThrow(() -> SupervisionProblem.LEADER_UNKNOWN.at(SupervisionFields.LEADER, username));
    }

    private static Cadence cadence(String value) {
        try {
            return Cadence.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw SupervisionProblem.CADENCE_INVALID.at(SupervisionFields.CADENCE, value);
        }
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
