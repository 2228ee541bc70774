package org.planflow.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.planflow.inbox.DemoActions;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the demo district's runners do with the imported seed plans: stage one only on the first start (while it
 * was never submitted), find one once issued, and take one through its approval as its people would.
 */
@Component
@Profile("demo")
public class DemoDrafts {

    /** Who does the demo plans' office work: the staff of 区市场监管局, which seats their office (decision 055). */
    public static final String OFFICE = "staff-scjgj";
    /** The seed plan the demo district adapted, issued and supervises through its quarters (西宁). */
    public static final String SUPERVISED_PLAN = "西宁市推进质量强市战略";

    private final PlanService plans;
    private final PlanListService list;
    private final DemoActions demo;
    private final boolean enabled;

    DemoDrafts(PlanService plans, PlanListService list, DemoActions demo, @Value("${planflow.demo.plans:true}") boolean enabled) {
        this.plans = plans;
        this.list = list;
        this.demo = demo;
        this.enabled = enabled;
    }

    /**
     * Stages the demo drafter's plan whose title contains this, where demo plans are on ({@code planflow.demo.plans})
     * and the plan is still a draft that was never submitted: on the demo district's first start.
     */
    public void onFirstStart(String title, LongConsumer stage) {
        if (enabled) {
            neverSubmitted(title).ifPresent(stage::accept);
        }
    }

    /** The issued plan of the title, for a runner that adds to it (the demo switched on). */
    public Optional<Long> issued(String title) {
        if (!enabled) {
            return Optional.empty();
        }
        return demo.as("supervisor", () -> list.search(new PlanQuery(PlanQuery.Scope.ALL, title, PlanStatus.ISSUED, null), 0, 1)
                .stream().findFirst().map(PlanSummary::id));
    }

    private Optional<Long> neverSubmitted(String title) {
        return demo.as(DemoPlans.DRAFTER, () -> list.search(new PlanQuery(PlanQuery.Scope.MINE, title, PlanStatus.DRAFTING, null), 0, 1)
                .stream().findFirst().map(PlanSummary::id).filter(id -> plans.get(id).approvers().isEmpty()));
    }

    /** Submitted to {@code leader} alone, passed by the department's reviewer and approved: APPROVED. */
    public void approve(long planId) {
        demo.complete(DemoPlans.DRAFTER, planId, TaskKind.DRAFT,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), PlanFields.APPROVERS, List.of("leader")));
        demo.complete("reviewer", planId, TaskKind.DEPT_REVIEW, Map.of(TaskKinds.VAR_OUTCOME, Outcome.PASS.value()));
        demo.complete("leader", planId, TaskKind.LEADER_APPROVAL,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.APPROVE.value(), PlanFields.COMMENT, "同意。"));
    }
}
