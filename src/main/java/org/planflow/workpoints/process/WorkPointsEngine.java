package org.planflow.workpoints.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.planflow.organization.Groups;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanService;
import org.planflow.shared.Formats;
import org.planflow.shared.Roles;
import org.springframework.stereotype.Component;

/** Starts a multi-year plan's yearly reminder and finds a year's open task, in the caller's transaction. */
@Component
public class WorkPointsEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;

    WorkPointsEngine(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Asks for the work points of {@code firstYear} to {@code lastYear}, each at its start. */
    public void start(Plan plan, int firstYear, int lastYear) {
        String unit = plan.office() != null ? plan.office().code() : plan.leadUnit().code();
        Set<String> drawers = new LinkedHashSet<>();
        drawers.add(Groups.ofUnitRole(unit, Roles.DRAFTER));
        drawers.add(Groups.ofUnitRole(plan.leadUnit().code(), Roles.DRAFTER));
        Map<String, Object> variables = new HashMap<>();
        variables.put(WorkPointsProcess.VAR_PLAN_ID, plan.id());
        variables.put(WorkPointsProcess.VAR_PLAN_TITLE, plan.title());
        variables.put(WorkPointsProcess.VAR_UNIT, unit);
        variables.put(WorkPointsProcess.VAR_DRAWERS, String.join(",", drawers));
        variables.put(WorkPointsProcess.VAR_YEAR, firstYear);
        variables.put(WorkPointsProcess.VAR_LAST_YEAR, lastYear);
        variables.put(WorkPointsProcess.VAR_YEAR_BEGINS, beginningOf(firstYear));
        runtime.startProcessInstanceByKey(WorkPointsProcess.KEY, PlanService.businessKey(plan.id()), variables);
    }

    /** The open task asking for the plan's work points of the year, if there is one. */
    public Optional<String> drawTask(long planId, int year) {
        return tasks.createTaskQuery().processInstanceBusinessKey(PlanService.businessKey(planId))
                .processDefinitionKey(WorkPointsProcess.KEY).taskDefinitionKey(WorkPointsProcess.TASK_DRAW_WORK_POINTS)
                .processVariableValueEquals(WorkPointsProcess.VAR_YEAR, year).list().stream().map(Task::getId).findFirst();
    }

    /** The year a DRAW_WORK_POINTS task asks for. */
    public int yearOf(String taskId) {
        return ((Number) tasks.getVariable(taskId, WorkPointsProcess.VAR_YEAR)).intValue();
    }

    static Date beginningOf(int year) {
        return Date.from(LocalDate.of(year, 1, 1).atStartOfDay(Formats.DISTRICT_ZONE).toInstant());
    }
}
