package org.planflow.supervision;

import org.planflow.shared.Cadence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.planflow.audit.AuditService;
import org.planflow.calendar.Deadlines;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.LeadGroup;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanResponsibleLeaderChanged;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.planflow.plan.PlanStatusChanged;
import org.planflow.security.CurrentUser;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.Target;
import org.planflow.shared.Roles;
import org.planflow.supervision.persistence.ItemRepository;
import org.planflow.supervision.process.SupervisionEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening supervised items, each with its process: assignment (交办) of every breakdown item when its plan is
 * issued, ad-hoc items (立项) from no plan or from a joint meeting, and the lead unit of an item that came without one.
 */
@Service
@Transactional
@EnableConfigurationProperties(SupervisionProperties.class)
public class ItemAssignmentService {

    private final SupervisedItemService supervised;
    private final ItemRepository items;
    private final PlanService plans;
    private final OrganizationService organization;
    private final SupervisionEngine engine;
    private final Deadlines deadlines;
    private final PlanFlowClock clock;
    private final SupervisionProperties properties;
    private final PlanOffices offices;
    private final GroupUnits groups;

    public ItemAssignmentService(SupervisedItemService supervised, ItemRepository items, PlanService plans,
                                 OrganizationService organization, SupervisionEngine engine, Deadlines deadlines,
                                 PlanFlowClock clock, SupervisionProperties properties, PlanOffices offices,
                                 GroupUnits groups) {
        this.offices = offices;
        this.supervised = supervised;
        this.items = items;
        this.plans = plans;
        this.organization = organization;
        this.engine = engine;
        this.deadlines = deadlines;
        this.clock = clock;
        this.properties = properties;
        this.groups = groups;
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

    /**
     * Each breakdown item becomes a supervised item with its process; an item a group leads (各乡镇) becomes one item of
     * the group, without a process, and under it one item per unit of the group, each with its own (decision 057). A
     * group without units in the district stays one item whose lead unit the office names.
     */
    private void assignPlan(Plan plan) {
        LocalDate defaultDue = plan.defaultDue(supervised.today());
        Map<Integer, List<String>> groupUnits = new HashMap<>();
        plan.items().stream().filter(item -> item.leadGroup() != null)
                .forEach(item -> groupUnits.put(item.seq(), groups.of(item.leadGroup(), plan)));
        // The units that carry the plan's tasks read the plan they come from.
        plans.grantReaders(plan.id(), Stream.concat(plan.items().stream()
                        .flatMap(item -> Stream.concat(Stream.ofNullable(item.leadUnit()), item.coopUnits().stream()))
                        .filter(unit -> unit.matched()).map(unit -> unit.code()),
                groupUnits.values().stream().flatMap(List::stream)).distinct().toList());
        for (BreakdownItem breakdown : plan.items()) {
            LocalDate due = breakdown.dueDate() == null ? defaultDue : breakdown.dueDate();
            List<String> coop = breakdown.coopUnits().stream().filter(unit -> unit.matched()).map(unit -> unit.code()).toList();
            List<String> units = groupUnits.getOrDefault(breakdown.seq(), List.of());
            if (units.isEmpty()) {
                boolean matched = breakdown.leadUnit() != null && breakdown.leadUnit().matched();
                String unmatched = breakdown.leadGroup() != null ? breakdown.leadGroup().written()
                        : breakdown.leadUnit() == null || matched ? null : breakdown.leadUnit().name();
                begin(items.insert(newItem(plan, breakdown, matched ? breakdown.leadUnit().code() : null, unmatched, coop,
                        due, null, null)));
                continue;
            }
            long parent = items.insert(newItem(plan, breakdown, null, breakdown.leadGroup().written(), coop, due,
                    breakdown.leadGroup(), null));
            supervised.record(supervised.load(parent), SupervisionAction.ITEM_ASSIGNED,
                    breakdown.leadGroup().written() + " " + units.size(), null);
            for (String unit : units) {
                begin(items.insert(newItem(plan, breakdown, unit, null,
                        coop.stream().filter(code -> !code.equals(unit)).toList(), due, null, parent)));
            }
        }
    }

    private ItemRepository.NewItem newItem(Plan plan, BreakdownItem breakdown, String leadUnit, String leadUnitText,
                                           List<String> coop, LocalDate due, LeadGroup leadGroup, Long parentId) {
        // The row's own cadence, else the plan's, else the district's; the plan's report offset (每季度末5日前报送).
        Cadence cadence = breakdown.cadence() != null ? breakdown.cadence()
                : plan.cadence() != null ? plan.cadence() : properties.defaultCadence();
        return new ItemRepository.NewItem(plan.id(), breakdown.seq(), breakdown.indicator(), breakdown.category(),
                ItemSource.PLAN, null, leadUnit, leadUnitText, coop, due, cadence, properties.reportWorkingDays(),
                plan.responsibleLeader(), AuditService.SYSTEM, clock.instant(), leadGroup, parentId, breakdown.targets(),
                plan.reportDueDays());
    }

    /** The supervision office opens an item from no plan: a leader's instruction or a meeting decision. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).SUPERVISOR)")
    public SupervisedItem createAdHoc(AdHocItem request) {
        return createAdHoc(request, null);
    }

    /** An ad-hoc item, under the plan whose joint meeting decided it when there is one. */
    SupervisedItem createAdHoc(AdHocItem request, Plan plan) {
        String title = SupervisedItemService.required(SupervisionProblem.TITLE_REQUIRED, SupervisionFields.TITLE,
                request.title(), 2000);
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
        if (request.dueDate() == null || request.dueDate().isBefore(supervised.today())) {
            throw SupervisionProblem.DUE_DATE_PAST.at(SupervisionFields.DUE_DATE);
        }
        Cadence cadence = request.cadence() == null ? properties.defaultCadence() : cadence(request.cadence());
        List<Target> targets = ItemTargets.checked(request.targets());
        String leader = request.leader() == null || request.leader().isBlank()
                ? (plan == null ? null : plan.responsibleLeader()) : leader(request.leader());
        long id = items.insert(new ItemRepository.NewItem(plan == null ? null : plan.id(), null, title, null, source,
                request.sourceText() == null ? null : request.sourceText().strip(), lead, null, coop, request.dueDate(),
                cadence, properties.reportWorkingDays(), leader, CurrentUser.require(), clock.instant(), null, null, targets,
                null));
        if (plan != null) {
            // The units that carry the plan's new task read the plan it comes from, like those of its breakdown items.
            plans.grantReaders(plan.id(), Stream.concat(Stream.of(lead), coop.stream()).toList());
        }
        begin(id);
        return supervised.load(id);
    }

    private void begin(long id) {
        items.recordLight(id, Light.GREEN, clock.instant());
        SupervisedItem item = supervised.load(id);
        items.setProcessInstance(id, engine.start(item, deadlines.workingDaysFromNow(properties.acceptWorkingDays()).toInstant()));
        supervised.record(item, SupervisionAction.ITEM_ASSIGNED, item.leadUnit() == null ? null : item.leadUnit().name(), null);
    }

    /** The supervision office names the lead unit of an item that came without one. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public void assignLeadUnit(long itemId, String unitCode, String taskId) {
        SupervisedItem item = supervised.lock(itemId);
        offices.requireOffice(item.planId());
        String unit = leadUnit(unitCode);
        items.setLeadUnit(itemId, unit);
        if (item.planId() != null) {
            plans.grantReaders(item.planId(), List.of(unit));
        }
        engine.leadUnitAssigned(item.processInstanceId(), unit);
        supervised.record(item, SupervisionAction.LEAD_UNIT_ASSIGNED, unit, taskId);
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

    static Cadence cadence(String value) {
        try {
            return Cadence.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw SupervisionProblem.CADENCE_INVALID.at(SupervisionFields.CADENCE, value);
        }
    }
}
