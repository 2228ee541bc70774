package org.planflow.subplan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.calendar.Deadlines;
import org.planflow.circulation.SubplansRequired;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanDraft;
import org.planflow.plan.PlanImportService;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanReader;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.planflow.security.CurrentUser;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.planflow.subplan.persistence.SubplanRepository;
import org.planflow.subplan.process.SubplanFilingEngine;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member units' own plans (配套方案, decision 058): the requirements an issuance makes, each unit's sub-plan drafted or
 * imported as its own plan under the parent, submitted approved for filing (备案), filed or returned by the parent
 * plan's office. Whoever may read the parent sees every unit's requirement; the office's return comment is the unit's,
 * the parent's lead department's, its office's and the district's.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SubplanService {

    public static final int MAX_COMMENT = 2000;
    /** A returned sub-plan is due again this many working days after the return, unless its own due date is later. */
    public static final int RESUBMIT_WORKING_DAYS = 5;

    private final SubplanRepository repository;
    private final PlanService plans;
    private final PlanImportService imports;
    private final OrganizationService organization;
    private final SubplanFilingEngine engine;
    private final AuditService audit;
    private final Deadlines deadlines;
    private final PlanFlowClock clock;
    private final PlanOffices offices;

    public SubplanService(SubplanRepository repository, PlanService plans, PlanImportService imports,
                          OrganizationService organization, SubplanFilingEngine engine, AuditService audit, Deadlines deadlines,
                          PlanFlowClock clock, PlanOffices offices) {
        this.offices = offices;
        this.repository = repository;
        this.plans = plans;
        this.imports = imports;
        this.organization = organization;
        this.engine = engine;
        this.audit = audit;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Every unit asked for a sub-plan of the plan, in the district's order; 404 for who may not know the plan. */
    public PageOf<SubplanRequirement> ofPlan(long planId, PageRequest page) {
        Plan plan = plans.get(planId);
        PlanReader reader = plans.reader(plan);
        boolean office = offices.runsOffice(planId);
        List<SubplanRequirement> rows = repository.ofPlan(planId, clock.instant(), page).stream()
                .map(row -> office || seesComment(reader, row) ? row : row.withoutComment()).toList();
        return PageOf.of(rows, page, repository.countOfPlan(planId));
    }

    /** Whether the plan's issuance asked any unit for its own plan. */
    public boolean asksForSubPlans(long planId) {
        return repository.countOfPlan(planId) > 0;
    }

    /** The caller's unit's requirement for the plan, if it was asked for a sub-plan. */
    public Optional<SubplanRequirement> ofMyUnit(long planId) {
        plans.get(planId);
        return myUnit().flatMap(unit -> repository.ofUnit(planId, unit, clock.instant()));
    }

    /** The requirement a filing task is about (its process), for the task's workspace. */
    public Optional<SubplanRequirement> ofProcess(String processInstanceId) {
        return repository.ofProcess(processInstanceId, clock.instant());
    }

    /** The unit's approved sub-plans of the parent it may submit for filing, newest last. */
    public List<Plan> submittable(SubplanRequirement requirement) {
        return plans.subPlans(requirement.parentPlanId()).stream()
                .filter(plan -> plan.leadUnit().code().equals(requirement.unit().code()) && plan.status() == PlanStatus.APPROVED)
                .toList();
    }

    /** An issuance asked these recipient units for their own plans: one requirement and one filing process each. */
    @EventListener
    @Transactional
    @PreAuthorize("permitAll()")
    public void onRequired(SubplansRequired required) {
        Plan parent = plans.load(required.planId());
        List<Long> ids = repository.insertAll(parent.id(), required.units(), required.due(), clock.instant());
        repository.setProcessInstances(ids, engine.start(parent.id(), parent.title(), required.units(), required.due()));
    }

    /** A new draft of the caller's unit as its sub-plan of the parent; 403 unless the unit was asked for one. */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan draft(long parentPlanId, PlanDraft draft) {
        SubplanRequirement requirement = requireAsked(parentPlanId);
        Plan plan = plans.createSubPlan(parentPlanId, draft);
        started(requirement, plan);
        return plan;
    }

    /** The same from a .docx or .txt document. */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan importDraft(long parentPlanId, String fileName, byte[] content) {
        SubplanRequirement requirement = requireAsked(parentPlanId);
        Plan plan = imports.importSubPlan(parentPlanId, fileName, content);
        started(requirement, plan);
        return plan;
    }

    /**
     * SUBMIT_SUB_PLAN: the unit submits one of its approved sub-plans of the parent for filing; the parent's lead
     * department and office unit may read it from now on.
     */
    @Transactional
    public void submit(String processInstanceId, Integer subPlanId, String taskId) {
        SubplanRequirement requirement = lock(processInstanceId);
        if (subPlanId == null) {
            throw SubplanProblem.SUB_PLAN_REQUIRED.at(SubplanFields.SUB_PLAN_ID);
        }
        Plan subPlan = plans.subPlans(requirement.parentPlanId()).stream()
                .filter(plan -> plan.id() == subPlanId.longValue() && plan.leadUnit().code().equals(requirement.unit().code())).findFirst()
                .orElseThrow(() -> SubplanProblem.SUB_PLAN_UNKNOWN.at(SubplanFields.SUB_PLAN_ID, subPlanId));
        if (subPlan.status() != PlanStatus.APPROVED) {
            throw SubplanProblem.SUB_PLAN_NOT_APPROVED.at(SubplanFields.SUB_PLAN_ID, subPlan.title(), subPlan.status());
        }
        repository.submit(requirement.id(), subPlan.id(), CurrentUser.require(), clock.instant());
        Plan parent = plans.load(requirement.parentPlanId());
        plans.grantReaders(subPlan.id(), parent.office() == null ? List.of(parent.leadUnit().code())
                : List.of(parent.leadUnit().code(), parent.office().code()));
        audit.record(row(requirement, SubplanAction.SUB_PLAN_SUBMITTED, taskId).withOutcome(String.valueOf(subPlan.id()))
                .withDetails(subPlan.title()));
    }

    /** FILE_SUB_PLAN filed (备案). */
    @Transactional
    public void file(String processInstanceId, String taskId) {
        SubplanRequirement requirement = lock(processInstanceId);
        repository.decide(requirement.id(), SubplanStatus.FILED, null, CurrentUser.require(), clock.instant());
        audit.record(row(requirement, SubplanAction.SUB_PLAN_FILED, taskId).withDetails(requirement.subPlanTitle()));
    }

    /**
     * FILE_SUB_PLAN returned with what to revise: the sub-plan goes back to its drafter, and the unit's next submission is
     * due {@link #RESUBMIT_WORKING_DAYS} working days from now or at its own due date, whichever is later.
     */
    @Transactional
    public Instant returnForRevision(String processInstanceId, String comment, String taskId) {
        SubplanRequirement requirement = lock(processInstanceId);
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw SubplanProblem.COMMENT_REQUIRED.at(SubplanFields.COMMENT);
        }
        if (text.length() > MAX_COMMENT) {
            throw SubplanProblem.COMMENT_TOO_LONG.at(SubplanFields.COMMENT, MAX_COMMENT);
        }
        repository.decide(requirement.id(), SubplanStatus.RETURNED, text, CurrentUser.require(), clock.instant());
        audit.record(row(requirement, SubplanAction.SUB_PLAN_RETURNED, taskId).withComment(text)
                .withDetails(requirement.subPlanTitle()));
        plans.reopenSubPlan(requirement.subPlanId(), text);
        Instant again = deadlines.workingDaysFromNow(RESUBMIT_WORKING_DAYS).toInstant();
        return again.isAfter(requirement.due()) ? again : requirement.due();
    }

    private SubplanRequirement lock(String processInstanceId) {
        return repository.lockOfProcess(processInstanceId, clock.instant())
                .orElseThrow(() -> new IllegalStateException("No sub-plan requirement for process " + processInstanceId));
    }

    private SubplanRequirement requireAsked(long parentPlanId) {
        plans.get(parentPlanId);
        return myUnit().flatMap(unit -> repository.ofUnit(parentPlanId, unit, clock.instant()))
                .orElseThrow(() -> new AccessDeniedException("the caller's unit was not asked for a sub-plan of plan " + parentPlanId));
    }

    private void started(SubplanRequirement requirement, Plan plan) {
        audit.record(AuditRecord.of(requirement.parentPlanId(), SubplanAction.SUB_PLAN_STARTED.name())
                .withUnit(requirement.unit().code()).withOutcome(String.valueOf(plan.id())).withDetails(plan.title()));
    }

    private static AuditRecord row(SubplanRequirement requirement, SubplanAction action, String taskId) {
        return AuditRecord.of(requirement.parentPlanId(), action.name()).withUnit(requirement.unit().code()).withTask(taskId);
    }

    private Optional<String> myUnit() {
        return organization.findUser(CurrentUser.require()).map(user -> user.unit().code());
    }

    private static boolean seesComment(PlanReader reader, SubplanRequirement requirement) {
        return reader.drafting() || reader.isOf(requirement.unit().code());
    }
}
