package org.planflow.plan.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.springframework.stereotype.Component;

/** The plan's status follows the step its approval process enters. */
@Component("enterPlanStatusDelegate")
class EnterPlanStatusDelegate implements ExecutionListener {

    private static final Map<String, PlanStatus> STATUS_OF_STEP = Map.of(
            PlanApprovalProcess.TASK_DRAFT, PlanStatus.DRAFTING,
            PlanApprovalProcess.TASK_DEPT_REVIEW, PlanStatus.IN_REVIEW,
            PlanApprovalProcess.CALL_CONSULTATION, PlanStatus.IN_CONSULTATION,
            PlanApprovalProcess.TASK_CONSOLIDATE, PlanStatus.CONSOLIDATING,
            PlanApprovalProcess.TASK_LEADER_APPROVAL, PlanStatus.IN_APPROVAL,
            PlanApprovalProcess.TASK_ISSUE, PlanStatus.APPROVED,
            PlanApprovalProcess.END_ISSUED, PlanStatus.ISSUED,
            PlanApprovalProcess.END_APPROVED_FOR_FILING, PlanStatus.APPROVED);

    private final PlanService plans;

    EnterPlanStatusDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateExecution execution) {
        PlanStatus status = STATUS_OF_STEP.get(execution.getCurrentActivityId());
        if (status == null) {
            throw new IllegalStateException("No plan status for step " + execution.getCurrentActivityId());
        }
        plans.enterStatus(((Number) execution.getVariable(PlanApprovalProcess.VAR_PLAN_ID)).longValue(), status);
    }
}
