package org.planflow.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.planflow.assessment.persistence.AssessmentMethodRepository;
import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanService;
import org.planflow.plan.UnitRef;
import org.planflow.security.CurrentUser;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PlanFlowClock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's assessment method (考核办法, decision 064): given by the plan's office, typed in or uploaded as .xlsx, checked
 * whole (a refused method keeps the one before), and read by everyone who reads the plan. Where a plan has one, its
 * annual assessment is of the method's indicators rather than of its breakdown table's scored rows.
 */
@Service
@Transactional
public class AssessmentMethodService {

    private final AssessmentMethodRepository repository;
    private final PlanService plans;
    private final PlanOffices offices;
    private final OrganizationService organization;
    private final AuditService audit;
    private final PlanFlowClock clock;

    public AssessmentMethodService(AssessmentMethodRepository repository, PlanService plans, PlanOffices offices,
                                   OrganizationService organization, AuditService audit, PlanFlowClock clock) {
        this.repository = repository;
        this.plans = plans;
        this.offices = offices;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plan's method, if its office gave it one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AssessmentMethod> method(long planId) {
        plans.get(planId);
        return repository.find(planId);
    }

    /** Whether the signed-in user gives this plan its method (does the plan's office work). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayEdit(long planId) {
        return offices.runsOffice(planId);
    }

    /** The office sets the method: refused at the first bad field, or when the points miss the stated total (100 if null). */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public AssessmentMethod set(long planId, List<MethodIndicator> indicators, BigDecimal total) {
        Plan plan = office(planId);
        MethodRules.Checked checked = MethodRules.rows(indicators == null ? List.of() : indicators, this::unitCode, hasFallback(plan));
        if (!checked.problems().isEmpty()) {
            MethodRules.RowProblem first = checked.problems().get(0);
            throw first.problem().at(first.column().of(first.index()), first.values().toArray());
        }
        return keep(planId, checked.indicators(), total);
    }

    /** The same from a workbook: any bad row refuses the whole file with every bad cell listed. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public AssessmentMethod upload(long planId, byte[] xlsx, BigDecimal total) {
        Plan plan = office(planId);
        MethodWorkbook.Read read = MethodWorkbook.read(xlsx);
        MethodRules.Checked checked = MethodRules.rows(read.indicators(), this::unitCode, hasFallback(plan));
        List<MethodRowError> errors = new ArrayList<>(read.errors());
        for (MethodRules.RowProblem problem : checked.problems()) {
            int row = read.rows().get(problem.index());
            String column = problem.column().header();
            // a cell that could not be read is listed once, not again as missing
            if (errors.stream().noneMatch(error -> error.row() == row && error.column().equals(column))) {
                errors.add(new MethodRowError(row, column, problem.problem().name(), problem.values()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
            throw new MethodImportException(errors);
        }
        return keep(planId, checked.indicators(), total);
    }

    /**
     * The office removes the method (decision 067): the plan is then assessed by its breakdown table's scored rows, if any.
     * 404 when it has none; 409 once an assessment of the plan was opened on it, whose results rest on it.
     */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public void remove(long planId) {
        office(planId);
        AssessmentMethod method = repository.find(planId)
                .orElseThrow(() -> new NotFoundException("Plan " + planId + " has no assessment method"));
        if (repository.assessedBy(planId)) {
            throw AssessmentProblem.METHOD_IN_USE.at(AssessmentFields.METHOD);
        }
        repository.remove(planId);
        audit.record(AuditRecord.of(planId, AssessmentAction.ASSESSMENT_METHOD_REMOVED.name())
                .withDetails(method.indicators().size() + " / " + method.statedTotal().toPlainString()));
    }

    /** The method as .xlsx, or the empty template where the plan has none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] workbook(long planId) {
        Plan plan = plans.get(planId);
        Optional<AssessmentMethod> method = repository.find(planId);
        return MethodWorkbook.write(plan.title(), method.map(AssessmentMethod::statedTotal).orElse(MethodRules.DEFAULT_TOTAL),
                method.map(AssessmentMethod::indicators).orElse(List.of()),
                code -> organization.findUnit(code).map(OrgUnit::name).orElse(code));
    }

    /** The method's indicators as the assessment takes them, with the units' names. */
    IndicatorTable table(Plan plan, AssessmentMethod method) {
        return Indicators.table(method, fallback(plan),
                code -> new UnitRef(code, organization.findUnit(code).map(OrgUnit::name).orElse(code)));
    }

    private AssessmentMethod keep(long planId, List<MethodIndicator> indicators, BigDecimal total) {
        BigDecimal stated = MethodRules.total(indicators, total);
        repository.replace(planId, indicators, stated, CurrentUser.require(), clock.instant());
        audit.record(AuditRecord.of(planId, AssessmentAction.ASSESSMENT_METHOD_SET.name())
                .withDetails(indicators.size() + " / " + stated.toPlainString()));
        return repository.find(planId).orElseThrow();
    }

    private Plan office(long planId) {
        Plan plan = plans.get(planId);
        offices.requireOffice(planId);
        return plan;
    }

    private Optional<String> unitCode(String written) {
        return organization.findUnit(written).or(() -> organization.findByNameOrAlias(written)).map(OrgUnit::code);
    }

    private static boolean hasFallback(Plan plan) {
        return fallback(plan) != null;
    }

    /** Where a row names no unit: the plan's office unit, which runs the assessment, else its lead department. */
    private static UnitRef fallback(Plan plan) {
        if (plan.office() != null && plan.office().matched()) {
            return plan.office();
        }
        return plan.leadUnit() != null && plan.leadUnit().matched() ? plan.leadUnit() : null;
    }
}
