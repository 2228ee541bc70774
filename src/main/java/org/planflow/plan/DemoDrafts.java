package org.planflow.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planflow.inbox.DemoActions;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the demo district's runners do with the imported seed plans: find one that was never submitted (so a
 * runner stages only on the first start), and take one through its approval as its people would.
 */
@Component
@Profile("demo")
public class DemoDrafts {

    private final PlanService plans;
    private final PlanListService list;
    private final DemoActions demo;

    DemoDrafts(PlanService plans, PlanListService list, DemoActions demo) {
        this.plans = plans;
        this.list = list;
        this.demo = demo;
    }

    /** The demo drafter's plan whose title contains this, if it is still a draft that was never submitted. */
    public Optional<Long> neverSubmitted(String title) {
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
