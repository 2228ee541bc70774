package org.planflow.supervision.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.planflow.plan.PlanOffices;
import org.planflow.shared.Formats;
import org.planflow.supervision.SupervisedItem;
import org.springframework.stereotype.Component;

/** What supervision asks of the engine: start an item's process, signal a request or notice, move its due and period timers. */
@Component
public class SupervisionEngine {

    private final RuntimeService runtime;
    private final TaskService taskService;
    private final PlanOffices offices;
    private final ManagementService management;

    SupervisionEngine(RuntimeService runtime, TaskService taskService, PlanOffices offices, ManagementService management) {
        this.management = management;
        this.runtime = runtime;
        this.taskService = taskService;
        this.offices = offices;
    }

    /** Starts the item's taskSupervision instance; returns its id. */
    public String start(SupervisedItem item, Instant acceptDue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(TaskSupervisionProcess.VAR_ITEM_ID, item.id());
        variables.put(TaskSupervisionProcess.VAR_PLAN_ID, item.planId());
        variables.put(TaskSupervisionProcess.VAR_PLAN_TITLE, item.planTitle() == null ? item.indicator() : item.planTitle());
        boolean hasLead = item.leadUnit() != null && item.leadUnit().matched();
        variables.put(TaskSupervisionProcess.VAR_HAS_LEAD_UNIT, hasLead);
        variables.put(TaskSupervisionProcess.VAR_LEAD_UNIT, hasLead ? item.leadUnit().code() : null);
        variables.put(TaskSupervisionProcess.VAR_UNIT, hasLead ? item.leadUnit().code() : null);
        variables.put(TaskSupervisionProcess.VAR_SUPERVISORS, offices.officeGroup(item.planId()));
        variables.put(TaskSupervisionProcess.VAR_ACCEPT_DUE, Date.from(acceptDue));
        variables.put(TaskSupervisionProcess.VAR_ITEM_DUE, itemDue(item));
        return runtime.startProcessInstanceByKey(TaskSupervisionProcess.KEY, "item-" + item.id(), variables).getId();
    }

    public void requestExtension(SupervisedItem item, long extensionId) {
        runtime.createMessageCorrelation(TaskSupervisionProcess.MESSAGE_EXTENSION_REQUESTED)
                .processInstanceId(processOf(item))
                .setVariableLocal(TaskSupervisionProcess.VAR_EXTENSION_ID, extensionId)
                .correlate();
    }

    public void issueNotice(SupervisedItem item, long noticeId, Instant answerDue, String answerers) {
        runtime.createMessageCorrelation(TaskSupervisionProcess.MESSAGE_NOTICE_ISSUED)
                .processInstanceId(processOf(item))
                .setVariableLocal(TaskSupervisionProcess.VAR_NOTICE_ID, noticeId)
                .setVariableLocal(TaskSupervisionProcess.VAR_NOTICE_DUE, Date.from(answerDue))
                .setVariableLocal(TaskSupervisionProcess.VAR_NOTICE_ANSWERERS, answerers)
                .correlate();
    }

    /** The item's due date moved: its due timer waits for the new date, even where the old one already fired. */
    public void moveDue(SupervisedItem item) {
        String instance = processOf(item);
        runtime.setVariable(instance, TaskSupervisionProcess.VAR_ITEM_DUE, itemDue(item));
        ActivityInstance tree = runtime.getActivityInstance(instance);
        var modification = runtime.createProcessInstanceModification(instance);
        for (ActivityInstance waiting : tree.getActivityInstances(TaskSupervisionProcess.TIMER_ITEM_DUE)) {
            modification.cancelActivityInstance(waiting.getId());
        }
        if (tree.getActivityInstances(TaskSupervisionProcess.SUBPROCESS_TRACKING).length > 0) {
            modification.startBeforeActivity(TaskSupervisionProcess.TIMER_ITEM_DUE,
                    tree.getActivityInstances(TaskSupervisionProcess.SUBPROCESS_TRACKING)[0].getId());
        }
        modification.execute();
    }

    /** The item's cadence changed: the period timer waiting in its report loop fires at the new period's end. */
    public void movePeriodEnd(SupervisedItem item, Instant periodEnd) {
        Job timer = management.createJobQuery().processInstanceId(processOf(item))
                .activityId(TaskSupervisionProcess.TIMER_PERIOD_END).singleResult();
        if (timer != null) {
            management.setJobDuedate(timer.getId(), Date.from(periodEnd));
        }
    }

    /** The lead unit assigned by the supervision office, for the tasks that follow. */
    public void leadUnitAssigned(String processInstanceId, String unit) {
        runtime.setVariable(processInstanceId, TaskSupervisionProcess.VAR_LEAD_UNIT, unit);
        runtime.setVariable(processInstanceId, TaskSupervisionProcess.VAR_UNIT, unit);
    }

    /** A variable as the task sees it, from its own scope outwards. */
    public Object taskVariable(String taskId, String name) {
        return taskService.getVariable(taskId, name);
    }

    public Object variable(String processInstanceId, String name) {
        return runtime.getVariable(processInstanceId, name);
    }

    private static Date itemDue(SupervisedItem item) {
        // Due on the day means overdue from the next morning.
        return Date.from(item.dueDate().plusDays(1).atStartOfDay(Formats.DISTRICT_ZONE).toInstant());
    }

    private static String processOf(SupervisedItem item) {
        return item.processInstanceId();
    }
}
