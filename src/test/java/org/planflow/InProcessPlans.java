package org.planflow;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.PlanDraft;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanSection;
import org.planflow.plan.PlanService;
import org.planflow.security.RunAs;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans brought to a step through the services in the test's own JVM, as the demo district's people would
 * bring them there, for tests whose subject is a later step: quicker than the HTTP round trips of
 * {@link TestPlans}, with the same rules and records.
 */
public final class InProcessPlans {

    private final PlanService plans;
    private final TaskCompletionService completion;
    private final OrganizationService organization;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;

    public InProcessPlans(ApplicationContext context) {
        this.plans = context.getBean(PlanService.class);
        this.completion = context.getBean(TaskCompletionService.class);
        this.organization = context.getBean(OrganizationService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** A new draft by {@code drafter} with two sections; its DRAFT task is open. */
    public long draft(String title) {
        PlanDraft draft = new PlanDraft(title + " " + System.nanoTime(), null, null, List.of(
                new PlanSection("一、", 1, "工作目标", "全面提升质量发展水平。"),
                new PlanSection("二、", 1, "主要任务", "开展质量提升行动。")), List.of(), null, null);
        return as("drafter", () -> plans.create(draft).id());
    }

    /** Submitted to consult the units (none: straight to approval) and then {@code leader}: IN_REVIEW. */
    public long submitted(String title, List<String> consultUnits) {
        long planId = draft(title);
        complete("drafter", task(planId, TaskKind.DRAFT), consultUnits.isEmpty()
                ? Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), PlanFields.APPROVERS, List.of("leader"))
                : Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), PlanFields.CONSULT_UNITS, consultUnits,
                PlanFields.CONSULT_WORKING_DAYS, 3, PlanFields.APPROVERS, List.of("leader")));
        return planId;
    }

    /** Passed by the reviewer, so each consulted unit has its GIVE_OPINION task: IN_CONSULTATION. */
    public long inConsultation(String title, List<String> units) {
        long planId = submitted(title, units);
        complete("reviewer", task(planId, TaskKind.DEPT_REVIEW), Map.of(TaskKinds.VAR_OUTCOME, Outcome.PASS.value()));
        return planId;
    }

    /** Submitted without consultation, passed and approved by {@code leader}: APPROVED, its ISSUE task open. */
    public long approved(String title) {
        long planId = submitted(title, List.of());
        complete("reviewer", task(planId, TaskKind.DEPT_REVIEW), Map.of(TaskKinds.VAR_OUTCOME, Outcome.PASS.value()));
        complete("leader", task(planId, TaskKind.LEADER_APPROVAL), Map.of(TaskKinds.VAR_OUTCOME, Outcome.APPROVE.value()));
        return planId;
    }

    /** The plan's one open task of the kind. */
    public String task(long planId, TaskKind kind) {
        return jdbc.sql("SELECT task_id FROM inbox_task WHERE plan_id = ? AND kind = ?").params(planId, kind.name())
                .query(String.class).single();
    }

    /** Completes the task as the user, exactly as {@code POST /api/tasks/{id}/complete} does. */
    public void complete(String username, String taskId, Map<String, Object> fields) {
        as(username, () -> {
            completion.complete(taskId, fields);
            return null;
        });
    }

    /** Ends whatever still runs for the plan (its approval, consultations, deliveries), so its tasks leave the inboxes. */
    public void discard(long planId) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(PlanService.businessKey(planId)).list()) {
            runtime.deleteProcessInstanceIfExists(instance.getId(), "test finished", false, true, false, false);
        }
    }

    private <T> T as(String username, java.util.function.Supplier<T> action) {
        return RunAs.user(username, organization.findUser(username).orElseThrow().roles(), action);
    }
}
