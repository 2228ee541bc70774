package org.planflow.liaison;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.planflow.audit.AuditCategory;
import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.liaison.persistence.LiaisonRepository;
import org.planflow.liaison.persistence.LiaisonRepository.NamedLiaison;
import org.planflow.liaison.persistence.LiaisonRow;
import org.planflow.organization.Groups;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanService;
import org.planflow.plan.UnitRef;
import org.planflow.security.CurrentUser;
import org.planflow.shared.CodedForbiddenException;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.Roles;
import org.planflow.shared.TaskKind;
import org.planflow.shared.TransactionMemo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Liaison officers (联络员) of a plan's member units: who they are (the plan's own naming for a unit, else the unit's
 * own for all its plans), who may name them (the unit's head, the plan's office, the administrator; a unit's own
 * naming its head or the administrator), and each unit's first liaison, to whom its notices and acknowledgements go
 * first (decision 056).
 */
@Service
@Transactional(readOnly = true)
public class LiaisonService {

    /** The kinds of task offered to a unit that go to its first liaison as they open. */
    public static final Set<TaskKind> FIRST_TO_LIAISON = EnumSet.of(TaskKind.ACKNOWLEDGE, TaskKind.READ_NOTICE,
            TaskKind.CONFIRM_ATTENDANCE);
    public static final int MAX_PER_UNIT = 5;
    /** A mobile number (13812345678, +86 138…), or a landline with area code and extension (0571-87654321-123). */
    static final Pattern PHONE = Pattern.compile("(\\+?86[- ]?)?1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    private final LiaisonRepository repository;
    private final PlanService plans;
    private final PlanOffices offices;
    private final OrganizationService organization;
    private final AuditService audit;
    private final PlanFlowClock clock;

    public LiaisonService(LiaisonRepository repository, PlanService plans, PlanOffices offices, OrganizationService organization,
                          AuditService audit, PlanFlowClock clock) {
        this.repository = repository;
        this.plans = plans;
        this.offices = offices;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The plan's member roster (成员单位通讯录) for its readers: every member unit in the district's order with its
     * liaisons (a line without a person where it names none), one page of lines with their total; 404 for a plan the
     * caller may not read.
     */
    @PreAuthorize("isAuthenticated()")
    public PageOf<Liaison> roster(long planId, PageRequest page) {
        List<Liaison> all = roster(plans.get(planId));
        int from = Math.min(page.offset(), all.size());
        return PageOf.of(all.subList(from, Math.min(all.size(), from + page.size())), page, all.size());
    }

    /** The whole roster of a plan the caller reads (the view, the workbook). */
    @PreAuthorize("isAuthenticated()")
    public List<Liaison> roster(Plan plan) {
        List<OrgUnit> members = memberUnits(plan);
        Map<String, List<LiaisonRow>> byUnit = new LinkedHashMap<>();
        for (LiaisonRow row : repository.ofPlan(plan.id(), members.stream().map(OrgUnit::code).toList())) {
            byUnit.computeIfAbsent(row.unitCode(), code -> new ArrayList<>()).add(row);
        }
        List<Liaison> lines = new ArrayList<>();
        for (OrgUnit unit : members) {
            List<LiaisonRow> rows = effective(byUnit.getOrDefault(unit.code(), List.of()));
            UnitRef ref = new UnitRef(unit.code(), unit.name());
            if (rows.isEmpty()) {
                lines.add(Liaison.none(ref));
            }
            rows.forEach(row -> lines.add(line(ref, row)));
        }
        return lines;
    }

    /** The roster as an .xlsx workbook (成员单位通讯录); 404 for a plan the caller may not read. */
    @PreAuthorize("isAuthenticated()")
    public byte[] rosterWorkbook(long planId) {
        Plan plan = plans.get(planId);
        return RosterWorkbook.write(plan.title(), roster(plan));
    }

    /**
     * The plan's member units, in the district's order: the units it was delivered to or whose tasks it carries, and
     * its leading group's units.
     */
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnit> memberUnits(Plan plan) {
        Set<String> codes = new HashSet<>(plan.readerUnits());
        if (plan.leadingGroup() != null) {
            codes.addAll(plan.leadingGroup().units());
        }
        return organization.units().stream().filter(unit -> codes.contains(unit.code())).toList();
    }

    /** Whether the caller may name the unit's liaisons for this plan: its head, the plan's office, the administrator. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayName(Plan plan, String unitCode) {
        return CurrentUser.hasRole(Roles.ADMIN) || offices.runsOffice(plan.id()) || headOf(unitCode);
    }

    /**
     * Names the liaisons of the units in the list for this plan: each unit given gets exactly the people listed for
     * it, in order, overriding its own naming for this plan; other units stay as they are. All or nothing: 403 for a
     * unit the caller may not name for, 400 naming the field for anything else. Answers the units' new lines.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<Liaison> namePlanLiaisons(long planId, List<LiaisonInput> inputs) {
        Plan plan = plans.get(planId);
        Set<String> members = memberUnits(plan).stream().map(OrgUnit::code).collect(java.util.stream.Collectors.toSet());
        Map<OrgUnit, List<NamedLiaison>> byUnit = new LinkedHashMap<>();
        List<LiaisonInput> list = inputs == null ? List.of() : inputs;
        for (int i = 0; i < list.size(); i++) {
            LiaisonInput input = list.get(i);
            OrgUnit unit = unit(input.unitCode(), LiaisonFields.at(i, LiaisonFields.UNIT));
            if (!members.contains(unit.code())) {
                throw LiaisonProblem.UNIT_NOT_MEMBER.at(LiaisonFields.at(i, LiaisonFields.UNIT), unit.name());
            }
            if (!mayName(plan, unit.code())) {
                throw CodedForbiddenException.of(LiaisonProblem.NOT_ALLOWED, unit.name());
            }
            add(byUnit.computeIfAbsent(unit, key -> new ArrayList<>()), unit, input, i);
        }
        String me = CurrentUser.require();
        List<Liaison> lines = new ArrayList<>();
        byUnit.forEach((unit, liaisons) -> {
            repository.replace(plan.id(), unit.code(), liaisons, me, clock.instant());
            audit.record(AuditRecord.of(plan.id(), LiaisonAction.LIAISONS_NAMED.name()).withUnit(unit.code())
                    .withDetails(unit.name() + "：" + String.join("、", liaisons.stream().map(NamedLiaison::username).toList())));
            lines.addAll(linesOf(plan.id(), unit));
        });
        TransactionMemo.forget(new FirstLiaisons(plan.id()));
        return lines;
    }

    /** Ends the plan's own naming for the unit: its own naming for all plans applies again. Answers its lines. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<Liaison> clearPlanLiaisons(long planId, String unitCode) {
        Plan plan = plans.get(planId);
        OrgUnit unit = unit(unitCode, LiaisonFields.UNIT);
        if (!mayName(plan, unit.code())) {
            throw CodedForbiddenException.of(LiaisonProblem.NOT_ALLOWED, unit.name());
        }
        if (repository.replace(plan.id(), unit.code(), List.of(), CurrentUser.require(), clock.instant()) > 0) {
            audit.record(AuditRecord.of(plan.id(), LiaisonAction.LIAISONS_CLEARED.name()).withUnit(unit.code()).withDetails(unit.name()));
        }
        TransactionMemo.forget(new FirstLiaisons(plan.id()));
        return linesOf(plan.id(), unit);
    }

    /** The unit's own liaisons for all its plans; 404 for an unknown unit. */
    @PreAuthorize("isAuthenticated()")
    public List<Liaison> unitLiaisons(String unitCode) {
        OrgUnit unit = organization.unit(unitCode);
        UnitRef ref = new UnitRef(unit.code(), unit.name());
        return repository.ofUnit(unit.code()).stream().map(row -> line(ref, row)).toList();
    }

    /** Whether the caller may name the unit's own liaisons: its head or the administrator. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayNameForAllPlans(String unitCode) {
        return CurrentUser.hasRole(Roles.ADMIN) || headOf(unitCode);
    }

    /** Names the unit's own liaisons for all its plans (an empty list: none), replacing the former ones. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<Liaison> nameUnitLiaisons(String unitCode, List<LiaisonInput> inputs) {
        OrgUnit unit = organization.unit(unitCode);
        if (!mayNameForAllPlans(unit.code())) {
            throw CodedForbiddenException.of(LiaisonProblem.NOT_ALLOWED, unit.name());
        }
        List<NamedLiaison> liaisons = new ArrayList<>();
        List<LiaisonInput> list = inputs == null ? List.of() : inputs;
        for (int i = 0; i < list.size(); i++) {
            LiaisonInput input = list.get(i);
            if (input.unitCode() != null && !input.unitCode().equals(unit.code())) {
                throw LiaisonProblem.UNIT_UNKNOWN.at(LiaisonFields.at(i, LiaisonFields.UNIT), input.unitCode());
            }
            add(liaisons, unit, input, i);
        }
        repository.replace(null, unit.code(), liaisons, CurrentUser.require(), clock.instant());
        audit.record(AuditRecord.of(AuditCategory.ORGANIZATION, UnitLiaisonAction.UNIT_LIAISONS_NAMED).withSubject("unit:" + unit.code())
                .withDetails(String.join("、", liaisons.stream().map(NamedLiaison::username).toList())));
        TransactionMemo.forget(new FirstLiaisons(null));
        return unitLiaisons(unit.code());
    }

    /**
     * The unit's first liaison for the plan (null: a task of no plan, the unit's own naming), for the system as tasks
     * open: every unit's is read in one query once per transaction, so issuing to 1,000 units reads them once.
     */
    @PreAuthorize("permitAll()")
    public Optional<String> liaisonOf(Long planId, String unitCode) {
        Map<String, String> first = TransactionMemo.get(new FirstLiaisons(planId), () -> repository.firstLiaisons(planId));
        return Optional.ofNullable(first.get(unitCode));
    }

    private record FirstLiaisons(Long planId) {
    }

    private void add(List<NamedLiaison> liaisons, OrgUnit unit, LiaisonInput input, int index) {
        String username = input.username() == null ? "" : input.username().strip();
        if (username.isEmpty()) {
            throw LiaisonProblem.REQUIRED.at(LiaisonFields.at(index, LiaisonFields.USERNAME));
        }
        UserAccount user = organization.findUser(username).filter(UserAccount::enabled)
                .orElseThrow(() -> LiaisonProblem.USER_UNKNOWN.at(LiaisonFields.at(index, LiaisonFields.USERNAME), username));
        if (!user.unit().code().equals(unit.code())) {
            throw LiaisonProblem.USER_NOT_OF_UNIT.at(LiaisonFields.at(index, LiaisonFields.USERNAME), user.displayName(), unit.name());
        }
        String phone = input.phone() == null ? "" : input.phone().strip();
        if (phone.isEmpty()) {
            throw LiaisonProblem.REQUIRED.at(LiaisonFields.at(index, LiaisonFields.PHONE));
        }
        if (!PHONE.matcher(phone).matches()) {
            throw LiaisonProblem.PHONE_MALFORMED.at(LiaisonFields.at(index, LiaisonFields.PHONE), phone);
        }
        if (liaisons.stream().anyMatch(named -> named.username().equals(username))) {
            throw LiaisonProblem.NAMED_TWICE.at(LiaisonFields.at(index, LiaisonFields.USERNAME), user.displayName());
        }
        if (liaisons.size() == MAX_PER_UNIT) {
            throw LiaisonProblem.TOO_MANY.at(LiaisonFields.at(index, LiaisonFields.USERNAME), MAX_PER_UNIT);
        }
        liaisons.add(new NamedLiaison(username, phone));
    }

    private OrgUnit unit(String code, String field) {
        if (code == null || code.isBlank()) {
            throw LiaisonProblem.REQUIRED.at(field);
        }
        try {
            return organization.unit(code.strip());
        } catch (NotFoundException e) {
            throw LiaisonProblem.UNIT_UNKNOWN.at(field, code);
        }
    }

    private List<Liaison> linesOf(long planId, OrgUnit unit) {
        UnitRef ref = new UnitRef(unit.code(), unit.name());
        List<LiaisonRow> rows = effective(repository.ofPlan(planId, List.of(unit.code())));
        return rows.isEmpty() ? List.of(Liaison.none(ref)) : rows.stream().map(row -> line(ref, row)).toList();
    }

    /** A unit's rows for a plan: the plan's own where there are any (they come first), else the unit's own. */
    private static List<LiaisonRow> effective(List<LiaisonRow> rows) {
        boolean ofPlan = rows.stream().anyMatch(LiaisonRow::ofPlan);
        return rows.stream().filter(row -> row.ofPlan() == ofPlan).toList();
    }

    private static Liaison line(UnitRef unit, LiaisonRow row) {
        return new Liaison(unit, row.username(), row.displayName(), row.phone(), row.ofPlan() ? LiaisonScope.PLAN : LiaisonScope.UNIT);
    }

    private boolean headOf(String unitCode) {
        return CurrentUser.username().map(organization::groupsOf).orElse(List.of()).contains(Groups.ofUnitHead(unitCode));
    }

}
