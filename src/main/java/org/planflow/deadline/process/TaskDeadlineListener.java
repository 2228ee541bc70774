package org.planflow.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.planflow.deadline.TaskDeadlineService;
import org.planflow.deadline.TaskDeadlines;
import org.planflow.shared.TaskKind;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.planflow.shared.process.TaskKindProperty;

/**
 * Gives every new user task without a due date of its own the deadline of its kind: the process's
 * override ({@link TaskDeadlines#variable}) or the kind's default. It runs first among the listeners
 * of Camunda's task events, so the inbox row (order 0) and the escalation ladder (order 100) see the date.
 */
@Component
class TaskDeadlineListener {

    static final int BEFORE_INBOX = -100;

    private final TaskDeadlineService deadlines;

    TaskDeadlineListener(TaskDeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @EventListener
    @Order(BEFORE_INBOX)
    void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getDueDate() != null) {
            return;
        }
        TaskKindProperty.of(task.getBpmnModelElementInstance()).flatMap(TaskKind::of)
                .flatMap(kind -> deadlines.dueDate(kind, override(task, kind)))
                .ifPresent(task::setDueDate);
    }

    private static Integer override(DelegateTask task, TaskKind kind) {
        return task.getVariable(TaskDeadlines.variable(kind)) instanceof Number days ? days.intValue() : null;
    }
}
