package org.planflow.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planflow.assessment.persistence.AssessmentRepository;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.supervision.SupervisionRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments, their sheets and results as the caller may see them, and the documents made of the results: the
 * supervision office and leaders see everything; a responsible unit its own indicators, and the office's scores and the
 * results once published ({@link AssessmentVisibility}). The assessment's life is {@link AssessmentService}.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentResultService {

    private final AssessmentRepository repository;
    private final PlanService plans;
    private final OrganizationService organization;
    private final SupervisionRecords supervision;
    private final AssessmentProperties properties;
    private final AssessmentVisibility visibility;
    private final PlanOffices offices;
    private final AssessmentMethodService methods;

    public AssessmentResultService(AssessmentRepository repository, PlanService plans, OrganizationService organization,
                                   SupervisionRecords supervision, AssessmentProperties properties,
                                   AssessmentVisibility visibility, PlanOffices offices, AssessmentMethodService methods) {
        this.methods = methods;
        this.offices = offices;
        this.repository = repository;
        this.plans = plans;
        this.organization = organization;
        this.supervision = supervision;
        this.properties = properties;
        this.visibility = visibility;
    }

    /**
     * A plan's indicators with their totals per category, checked against the stated totals: its assessment method's
     * where its office gave it one, else its breakdown table's scored rows.
     */
    @PreAuthorize("isAuthenticated()")
    public IndicatorTable indicators(long planId) {
        Plan plan = plans.get(planId);
        Optional<AssessmentMethod> method = methods.method(planId);
        if (method.isPresent()) {
            return methods.table(plan, method.get());
        }
        return Indicators.table(plan.items(), plan.leadUnit(), supervision.groupUnits(planId), properties.baseTotal(),
                properties.bonusTotal());
    }

    /** The assessment for the oversight and its responsible units (as they see it); unknown to everyone else. */
    @PreAuthorize("isAuthenticated()")
    public Assessment get(long assessmentId) {
        Assessment assessment = load(assessmentId);
        requireReader(assessment);
        return shown(assessment);
    }

    /**
     * The assessment with the indicators the caller may see: all for the office and leaders; a unit's own otherwise,
     * the office's scores and reasons once the results are published.
     */
    @PreAuthorize("isAuthenticated()")
    public AssessmentSheet sheet(long assessmentId) {
        Assessment assessment = get(assessmentId);
        List<ScoredIndicator> indicators = repository.indicators(assessmentId);
        List<UnitSubmission> units = repository.submissions(assessmentId);
        if (!maySeeAll(assessment.planId())) {
            String unit = myUnit();
            indicators = visibility.forUnit(assessment, unit, indicators);
            units = units.stream().filter(submission -> submission.unit().code().equals(unit)).toList();
        }
        return new AssessmentSheet(assessment, indicators, units);
    }

    /**
     * The results of a plan's year: everything for the office and leaders; for a responsible unit, once published,
     * the district's totals, the points lost and its own line, and nothing before.
     */
    @PreAuthorize("isAuthenticated()")
    public AssessmentResult result(long planId, int year) {
        Assessment assessment = repository.find(planId, year).filter(this::mayRead)
                .orElseThrow(() -> new NotFoundException("The plan has no assessment of " + year));
        AssessmentResult result = compute(assessment);
        return maySeeAll(planId) ? result : visibility.forUnit(result, myUnit());
    }

    /** Assessments newest first, of one plan or all: every one for the office and leaders, the caller's unit's otherwise. */
    @PreAuthorize("isAuthenticated()")
    public PageOf<Assessment> search(Long planId, PageRequest page) {
        if (planId != null) {
            plans.get(planId);
        }
        String unit = planId == null ? (maySeeAll() ? null : myUnit()) : maySeeAll(planId) ? null : myUnit();
        return PageOf.of(repository.search(planId, unit, page.offset(), page.size()), page, repository.count(planId, unit))
                .map(this::shown);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Assessment> find(long planId, int year) {
        return repository.find(planId, year).filter(this::mayRead).map(this::shown);
    }

    /** The assessment a task of its process belongs to. */
    @PreAuthorize("isAuthenticated()")
    public Assessment ofProcess(String processInstanceId) {
        return repository.findByProcess(processInstanceId)
                .orElseThrow(() -> new NotFoundException("No assessment of process " + processInstanceId));
    }

    /** The self-evaluation report (自评报告) as a red-headed .docx. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).LEADER, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public byte[] selfEvaluationReport(long assessmentId) {
        return AssessmentDocuments.selfEvaluationReport(compute(overseen(assessmentId)), repository.indicators(assessmentId), properties);
    }

    /** The scoring table filled with the self-scores, the office's scores and reasons, as .xlsx. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).LEADER, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public byte[] scoringTable(long assessmentId) {
        return AssessmentDocuments.scoringTable(compute(overseen(assessmentId)), repository.indicators(assessmentId));
    }

    @PreAuthorize("permitAll()")
    public Assessment load(long assessmentId) {
        return repository.find(assessmentId).orElseThrow(() -> new NotFoundException("No assessment " + assessmentId));
    }

    /** Whether the caller sees every unit's indicators and results, at every stage (the supervision office and leaders). */
    @PreAuthorize("isAuthenticated()")
    public boolean maySeeAll() {
        return visibility.seesAll();
    }

    /** The same for one plan's assessments, which its office sees whole too. */
    @PreAuthorize("isAuthenticated()")
    public boolean maySeeAll(long planId) {
        return maySeeAll() || offices.runsOffice(planId);
    }

    /** An assessment the caller oversees: the office's documents are the oversight's and the plan office's. */
    private Assessment overseen(long assessmentId) {
        Assessment assessment = load(assessmentId);
        if (!maySeeAll(assessment.planId())) {
            throw new NotFoundException("No assessment " + assessmentId);
        }
        return assessment;
    }

    AssessmentResult compute(Assessment assessment) {
        AssessmentSheet sheet = new AssessmentSheet(assessment, repository.indicators(assessment.id()),
                repository.submissions(assessment.id()));
        Map<String, Double> onTime = new HashMap<>();
        supervision.reporting(assessment.planId(), assessment.year()).stream().filter(line -> line.onTimeRate() != null)
                .forEach(line -> onTime.put(line.unitCode(), line.onTimeRate()));
        return AssessmentResults.compute(sheet, onTime);
    }

    String myUnit() {
        return organization.user(CurrentUser.require()).unit().code();
    }

    private boolean mayRead(Assessment assessment) {
        return maySeeAll(assessment.planId()) || repository.submissionState(assessment.id(), myUnit()).isPresent();
    }

    private void requireReader(Assessment assessment) {
        if (!mayRead(assessment)) {
            throw new NotFoundException("No assessment " + assessment.id());
        }
    }

    private Assessment shown(Assessment assessment) {
        return maySeeAll(assessment.planId()) ? assessment : visibility.forUnit(assessment);
    }
}
