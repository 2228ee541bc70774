package org.planflow.plan.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The plan's approval process in the engine: started with a new plan, withdrawn by its drafter while untouched. */
@Component
public class PlanApprovalEngine {

    /** The multi-instance counter of the leaders' approvals: 0 is the first leader's turn. */
    private static final String LOOP_COUNTER = "loopCounter";

    private final RuntimeService runtime;
    private final TaskService tasks;

    PlanApprovalEngine(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * Starts the plan's approval at its draft, for the drafter of the lead unit; returns the process instance id. A
     * sub-plan ({@code parentPlanId} given) ends approved, to be filed, instead of going to issuance.
     */
    public String start(long planId, String businessKey, String title, String leadUnit, String drafter, Long parentPlanId) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(PlanApprovalProcess.VAR_PLAN_ID, planId);
        variables.put(PlanApprovalProcess.VAR_PLAN_TITLE, title);
        variables.put(PlanApprovalProcess.VAR_LEAD_UNIT, leadUnit);
        variables.put(PlanApprovalProcess.VAR_UNIT, leadUnit);
        variables.put(PlanApprovalProcess.VAR_DRAFTER, drafter);
        variables.put(PlanApprovalProcess.VAR_PARENT_PLAN_ID, parentPlanId);
        return runtime.startProcessInstanceByKey(PlanApprovalProcess.KEY, businessKey, variables).getId();
    }

    /**
     * Whether the submission is untouched: its one open task is the department review nobody has taken, or the first
     * leader's approval.
     */
    public boolean untouched(String processInstanceId) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).active().list();
        if (open.size() != 1) {
            return false;
        }
        Task task = open.get(0);
        if (PlanApprovalProcess.TASK_DEPT_REVIEW.equals(task.getTaskDefinitionKey())) {
            return task.getAssignee() == null;
        }
        if (PlanApprovalProcess.TASK_LEADER_APPROVAL.equals(task.getTaskDefinitionKey())) {
            Object loopCounter = runtime.getVariableLocal(task.getExecutionId(), LOOP_COUNTER);
            return loopCounter instanceof Number number && number.intValue() == 0;
        }
        return false;
    }

    /** Takes the submission back to drafting; false when another transaction changed the process a moment ago. */
    public boolean withdraw(String processInstanceId) {
        try {
            runtime.createMessageCorrelation(PlanApprovalProcess.MESSAGE_WITHDRAW).processInstanceId(processInstanceId).correlate();
            return true;
        } catch (OptimisticLockingException e) {
            return false;
        }
    }
}
