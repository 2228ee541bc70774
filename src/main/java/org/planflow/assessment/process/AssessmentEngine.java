package org.planflow.assessment.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.planflow.organization.Groups;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOffices;
import org.planflow.shared.Roles;
import org.springframework.stereotype.Component;

/** Starts a plan's annual assessment process and reads what its tasks belong to. */
@Component
public class AssessmentEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;

    AssessmentEngine(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Returns the process instance's id; every unit's SELF_ASSESS task exists when this returns. */
    public String start(long assessmentId, Plan plan, List<String> units, Instant deadline) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AnnualAssessmentProcess.VAR_ASSESSMENT_ID, assessmentId);
        variables.put(AnnualAssessmentProcess.VAR_PLAN_ID, plan.id());
        variables.put(AnnualAssessmentProcess.VAR_PLAN_TITLE, plan.title());
        variables.put(AnnualAssessmentProcess.VAR_UNITS, units.stream().map(Groups::ofUnit).toList());
        variables.put(AnnualAssessmentProcess.VAR_DEADLINE, Date.from(deadline));
        variables.put(AnnualAssessmentProcess.VAR_SUPERVISORS, PlanOffices.officeGroup(plan));
        variables.put(AnnualAssessmentProcess.VAR_LEADERS, Groups.ofRole(Roles.LEADER));
        variables.put(AnnualAssessmentProcess.VAR_APPROVER, plan.responsibleLeader());
        return runtime.startProcessInstanceByKey(AnnualAssessmentProcess.KEY, "assessment-" + assessmentId, variables).getId();
    }

    long assessmentId(String taskId) {
        return ((Number) tasks.getVariable(taskId, AnnualAssessmentProcess.VAR_ASSESSMENT_ID)).longValue();
    }

    String unitCode(String taskId) {
        return (String) tasks.getVariable(taskId, AnnualAssessmentProcess.VAR_UNIT_CODE);
    }

    static long assessmentId(DelegateExecution execution) {
        return ((Number) execution.getVariable(AnnualAssessmentProcess.VAR_ASSESSMENT_ID)).longValue();
    }
}
