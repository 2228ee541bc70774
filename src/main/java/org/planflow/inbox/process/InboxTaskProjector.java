package org.planflow.inbox.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.planflow.inbox.TaskKinds;
import org.planflow.inbox.TaskOpened;
import org.planflow.inbox.persistence.InboxTaskRepository;
import org.planflow.inbox.persistence.InboxTaskRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.planflow.shared.process.TaskKindProperty;

/**
 * Keeps the inbox read model in step with the engine. Camunda's Spring eventing publishes every
 * task event synchronously inside the engine's transaction, so the row and the task commit together.
 */
@Component
class InboxTaskProjector {

    private final InboxTaskRepository repository;
    private final ApplicationEventPublisher events;

    InboxTaskProjector(InboxTaskRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /**
     * Before the other task listeners, which read the row it writes; after the deadlines listener (order
     * -100), which gives a new task its due date first, so the row has it.
     */
    @EventListener
    @Order(0)
    void onTaskEvent(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> opened(row(task));
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> repository.update(task.getId(),
                    task.getName(), task.getAssignee(), candidates(task, true), candidates(task, false),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant());
            case TaskListener.EVENTNAME_COMPLETE -> {
                if (task.getAssignee() != null) {
                    Object outcome = task.getVariable(TaskKinds.VAR_OUTCOME);
                    repository.insertDone(task.getId(), task.getAssignee(), outcome == null ? null : outcome.toString(),
                            ClockUtil.getCurrentTime().toInstant());
                }
                removed(task);
            }
            case TaskListener.EVENTNAME_DELETE -> removed(task);
            default -> {
                // timeout events change nothing the inbox shows
            }
        }
    }

    /**
     * Deletes the task's row. Whoever ends a task waits here for anyone holding its row; finding the row gone
     * means another transaction ended the task meanwhile and this one works on a stale task (e.g. an instance
     * deleted in Cockpit while a unit completes its task): it stops as a concurrency conflict rather than
     * record anything for a task that is no longer there.
     */
    private void removed(DelegateTask task) {
        if (repository.delete(task.getId()) == 0) {
            throw new OptimisticLockingException("Task " + task.getId() + " was completed or ended by another transaction");
        }
    }

    private void opened(InboxTaskRow row) {
        repository.insert(row);
        events.publishEvent(new TaskOpened(row.taskId(), row.name(), row.kind(), row.planId(), row.planTitle(),
                row.unitCode(), row.assignee(), row.candidateGroups(), row.candidateUsers(), row.due()));
    }

    private static InboxTaskRow row(DelegateTask task) {
        List<String> groups = candidates(task, true);
        Object planId = task.getVariable(TaskKinds.VAR_PLAN_ID);
        Object planTitle = task.getVariable(TaskKinds.VAR_PLAN_TITLE);
        Object unit = task.getVariable(TaskKinds.VAR_UNIT);
        String processKey = task.getProcessDefinitionId() == null ? "" : task.getProcessDefinitionId().split(":")[0];
        return new InboxTaskRow(task.getId(), task.getProcessInstanceId(), processKey, task.getTaskDefinitionKey(),
                task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), kind(task),
                planId instanceof Number number ? number.longValue() : null,
                planTitle == null ? null : planTitle.toString(),
                unit != null ? unit.toString() : groups.stream().findFirst().orElse(null),
                task.getAssignee(), groups, candidates(task, false),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                // A task offered to groups that opens with an assignee its model does not name was given to that person
                // first (a unit's liaison); a modelled assignee (the approving leader) holds the task outright.
                groups.isEmpty() || modelsAssignee(task) ? null : task.getAssignee());
    }

    private static boolean modelsAssignee(DelegateTask task) {
        UserTask model = task.getBpmnModelElementInstance();
        return model != null && model.getCamundaAssignee() != null;
    }

    private static String kind(DelegateTask task) {
        return TaskKindProperty.of(task.getBpmnModelElementInstance()).orElse(task.getTaskDefinitionKey());
    }

    private static List<String> candidates(DelegateTask task, boolean groups) {
        List<String> result = new ArrayList<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                String id = groups ? link.getGroupId() : link.getUserId();
                if (id != null) {
                    result.add(id);
                }
            }
        }
        return result;
    }
}
