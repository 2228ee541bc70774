package org.planflow.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.consultation.Answer;
import org.planflow.consultation.ConsultationService;
import org.planflow.deadline.TaskDeadlines;
import org.planflow.inbox.InboxService;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.plan.persistence.PlanRepository;
import org.planflow.plan.process.PlanApprovalEngine;
import org.planflow.plan.process.PlanApprovalProcess;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Roles;
import org.planflow.shared.TaskKind;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions along a plan's approval: the drafter's submission, the department review, the
 * consolidation of opinions, each leader's decision, and withdrawal. Each checks its rules, records
 * the decision in the plan's timeline, and leaves moving the process on to the task completion.
 */
@Service
@Transactional
public class PlanApprovalService {

    public static final int MAX_COMMENT = 2000;
    public static final int MAX_CONSULT_WORKING_DAYS = 60;

    private final PlanService plans;
    private final PlanRepository repository;
    private final OrganizationService organization;
    private final ConsultationService consultation;
    private final AuditService audit;
    private final PlanApprovalEngine engine;
    private final ResponsibleLeaderService leaders;
    private final InboxService inbox;

    public PlanApprovalService(PlanService plans, PlanRepository repository, OrganizationService organization,
                               ConsultationService consultation, AuditService audit, PlanApprovalEngine engine,
                               ResponsibleLeaderService leaders, InboxService inbox) {
        this.plans = plans;
        this.repository = repository;
        this.organization = organization;
        this.consultation = consultation;
        this.audit = audit;
        this.engine = engine;
        this.leaders = leaders;
        this.inbox = inbox;
    }

    /**
     * The drafter sends the draft on: to consult these units (if any) and then these leaders, in order,
     * optionally with deadlines for its steps other than their defaults.
     */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public void submit(long planId, Submission submission, String taskId) {
        Plan plan = plans.load(planId);
        if (plan.sections().isEmpty()) {
            throw PlanProblem.NO_TEXT.at(PlanFields.SECTIONS);
        }
        Set<String> seen = new HashSet<>();
        for (String code : submission.consultUnits()) {
            OrgUnit unit = organization.units().stream().filter(u -> u.code().equals(code)).findFirst()
                    .orElseThrow(() -> PlanProblem.CONSULT_UNIT_UNKNOWN.at(PlanFields.CONSULT_UNITS, code));
            if (unit.code().equals(plan.leadUnit().code())) {
                throw PlanProblem.LEAD_UNIT_CONSULTED.at(PlanFields.CONSULT_UNITS, unit.name());
            }
            if (!seen.add(code)) {
                throw PlanProblem.CONSULT_UNIT_REPEATED.at(PlanFields.CONSULT_UNITS, unit.name());
            }
        }
        Integer days = submission.consultWorkingDays();
        if (!submission.consultUnits().isEmpty() && (days == null || days < 1 || days > MAX_CONSULT_WORKING_DAYS)) {
            throw PlanProblem.CONSULT_DAYS_INVALID.at(PlanFields.CONSULT_WORKING_DAYS, MAX_CONSULT_WORKING_DAYS);
        }
        if (submission.approvers().isEmpty()) {
            throw PlanProblem.APPROVER_MISSING.at(PlanFields.APPROVERS);
        }
        Set<String> approvers = new HashSet<>();
        for (String username : submission.approvers()) {
            Optional<UserAccount> leader = organization.findUser(username).filter(UserAccount::enabled);
            if (leader.isEmpty() || !leader.get().hasRole(Roles.LEADER)) {
                throw PlanProblem.APPROVER_NOT_LEADER.at(PlanFields.APPROVERS, username);
            }
            if (!approvers.add(username)) {
                throw PlanProblem.APPROVER_REPEATED.at(PlanFields.APPROVERS, username);
            }
        }
        checkStepDeadlines(submission.stepWorkingDays());
        Submission clean = new Submission(submission.consultUnits(), submission.consultUnits().isEmpty() ? null : days,
                submission.approvers(), submission.stepWorkingDays());
        repository.setSubmission(planId, clean);
        audit.record(AuditRecord.of(planId, PlanAction.SUBMITTED.name()).withTask(taskId)
                .withDetails("consult=" + String.join(",", clean.consultUnits())
                        + (clean.consultWorkingDays() == null ? "" : " days=" + clean.consultWorkingDays())
                        + " approvers=" + String.join(",", clean.approvers())
                        + (clean.stepWorkingDays().isEmpty() ? "" : " deadlines=" + clean.stepWorkingDays().entrySet().stream()
                                .map(step -> step.getKey() + ":" + step.getValue()).collect(Collectors.joining(",")))));
    }

    /** Only the plan's own steps, each 1 to 60 working days; the field names the step, e.g. stepWorkingDays.ISSUE. */
    private static void checkStepDeadlines(Map<TaskKind, Integer> steps) {
        for (Map.Entry<TaskKind, Integer> step : steps.entrySet()) {
            if (!Submission.DEADLINE_STEPS.contains(step.getKey())) {
                throw PlanProblem.STEP_NOT_CHOSEN.at(PlanFields.STEP_WORKING_DAYS, Submission.DEADLINE_STEPS, step.getKey());
            }
            TaskDeadlines.check(PlanFields.step(step.getKey()), step.getValue());
        }
    }

    /** The lead department's reviewer passes the draft on, or returns it with a comment. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DEPT_REVIEWER)")
    public void review(long planId, String outcome, String comment, String taskId) {
        decide(planId, PlanAction.DEPT_REVIEWED, outcome, comment, PlanApprovalProcess.OUTCOME_PASS, taskId);
    }

    /** A leader approves, or returns the draft to the drafter with a comment. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).LEADER)")
    public void approve(long planId, String outcome, String comment, String taskId) {
        decide(planId, PlanAction.LEADER_DECIDED, outcome, comment, PlanApprovalProcess.OUTCOME_APPROVE, taskId);
        if (PlanApprovalProcess.OUTCOME_APPROVE.equals(outcome)) {
            leaders.recordResponsibleLeader(planId, CurrentUser.require());
        }
    }

    /** The drafter's answers to every opinion of the latest consultation. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public void consolidate(long planId, List<Answer> answers, String taskId) {
        consultation.answer(planId, answers, CurrentUser.require());
        audit.record(AuditRecord.of(planId, PlanAction.CONSOLIDATED.name()).withTask(taskId));
    }

    /**
     * Takes a submission back to drafting while nobody has acted on it: the department reviewer has
     * not taken the review, or, after consolidation, the first leader has not decided. The plan's open
     * tasks are held first, so a claim or decision in flight finishes before the check, and one
     * arriving after it waits and then finds the task withdrawn: one of the two wins.
     */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public void withdraw(long planId) {
        Plan plan = plans.get(planId);
        String username = CurrentUser.require();
        if (!username.equals(plan.drafter())) {
            throw new AccessDeniedException("only the plan's drafter withdraws its submission");
        }
        if (plan.processInstanceId() != null) {
            inbox.holdOpenTasks(plan.processInstanceId());
        }
        if (!mayWithdraw(plan)) {
            throw notWithdrawable(plans.get(planId));
        }
        if (!engine.withdraw(plan.processInstanceId())) {
            throw notWithdrawable(plan);
        }
        audit.record(AuditRecord.of(planId, PlanAction.WITHDRAWN.name()));
    }

    private static RuntimeException notWithdrawable(Plan plan) {
        return PlanProblem.NOT_WITHDRAWABLE.at(null, plan.status());
    }

    /** Whether the plan's submission is still untouched, so the drafter may withdraw it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayWithdraw(Plan plan) {
        return plan.processInstanceId() != null && engine.untouched(plan.processInstanceId());
    }

    private void decide(long planId, PlanAction action, String outcome, String comment, String forward, String taskId) {
        if (!forward.equals(outcome) && !PlanApprovalProcess.OUTCOME_RETURN.equals(outcome)) {
            throw PlanProblem.OUTCOME_INVALID.at(TaskKinds.VAR_OUTCOME, forward + ", " + PlanApprovalProcess.OUTCOME_RETURN);
        }
        String text = comment == null ? null : comment.strip();
        if (PlanApprovalProcess.OUTCOME_RETURN.equals(outcome) && (text == null || text.isEmpty())) {
            throw PlanProblem.COMMENT_REQUIRED.at(PlanFields.COMMENT);
        }
        if (text != null && text.length() > MAX_COMMENT) {
            throw PlanProblem.COMMENT_TOO_LONG.at(PlanFields.COMMENT, MAX_COMMENT);
        }
        audit.record(AuditRecord.of(planId, action.name()).withOutcome(outcome)
                .withComment(text == null || text.isEmpty() ? null : text).withTask(taskId));
    }
}
