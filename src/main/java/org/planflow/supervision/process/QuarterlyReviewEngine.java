package org.planflow.supervision.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.planflow.organization.Groups;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOffices;
import org.planflow.shared.Roles;
import org.springframework.stereotype.Component;

/** Starts a plan's quarterly review process; the report is compiled before this returns. */
@Component
public class QuarterlyReviewEngine {

    private final RuntimeService runtime;

    QuarterlyReviewEngine(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Returns the process instance's id. */
    public String start(long reviewId, Plan plan) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(QuarterlyReviewProcess.VAR_REVIEW_ID, reviewId);
        variables.put(QuarterlyReviewProcess.VAR_PLAN_ID, plan.id());
        variables.put(QuarterlyReviewProcess.VAR_PLAN_TITLE, plan.title());
        variables.put(QuarterlyReviewProcess.VAR_SUPERVISORS, PlanOffices.officeGroup(plan));
        variables.put(QuarterlyReviewProcess.VAR_LEADERS, Groups.ofRole(Roles.LEADER));
        variables.put(QuarterlyReviewProcess.VAR_APPROVER, plan.responsibleLeader());
        return runtime.startProcessInstanceByMessage(QuarterlyReviewProcess.MESSAGE_REVIEW_REQUESTED, "review-" + reviewId,
                variables).getId();
    }
}
