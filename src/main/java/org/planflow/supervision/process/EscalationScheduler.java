package org.planflow.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.planflow.shared.process.TaskKindProperty;
import org.planflow.supervision.EscalationService;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Attaches the ladder to every user task with a due date, whatever its process: a new or changed
 * task gets a timer for its next step; a completed or deleted task loses it. Runs after the inbox
 * has recorded the task, whose row it reads.
 */
@Component
class EscalationScheduler {

    static final int AFTER_INBOX = 100;

    private final EscalationService escalation;
    private final EscalationTimers timers;

    EscalationScheduler(EscalationService escalation, EscalationTimers timers) {
        this.escalation = escalation;
        this.timers = timers;
    }

    @EventListener
    @Order(AFTER_INBOX)
    void onTaskEvent(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> escalation.firstStep(task.getId(), TaskKindProperty.of(task.getBpmnModelElementInstance())
                    .orElse(task.getTaskDefinitionKey()), task.getDueDate() == null ? null : task.getDueDate().toInstant())
                    .ifPresent(timers::schedule);
            case TaskListener.EVENTNAME_UPDATE -> {
                timers.cancel(task.getId());
                escalation.nextStep(task.getId()).ifPresent(timers::schedule);
            }
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> timers.cancel(task.getId());
            default -> {
                // assignment does not move the due date
            }
        }
    }
}
