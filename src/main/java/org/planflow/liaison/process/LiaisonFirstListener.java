package org.planflow.liaison.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.planflow.inbox.TaskKinds;
import org.planflow.liaison.LiaisonService;
import org.planflow.shared.TaskKind;
import org.planflow.shared.process.TaskKindProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives a notice or acknowledgement offered to a unit to the unit's first liaison as it opens (the engine's assignee);
 * its candidate group stays the unit, so the unit's staff still see it and may take it over (decision 056). It runs
 * before the inbox's listener (order 0), whose row then records the liaison as the task's first holder.
 */
@Component
class LiaisonFirstListener {

    static final int BEFORE_INBOX = -50;

    private final LiaisonService liaisons;

    LiaisonFirstListener(LiaisonService liaisons) {
        this.liaisons = liaisons;
    }

    @EventListener
    @Order(BEFORE_INBOX)
    void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getAssignee() != null) {
            return;
        }
        boolean forLiaison = TaskKindProperty.of(task.getBpmnModelElementInstance()).flatMap(TaskKind::of)
                .filter(LiaisonService.FIRST_TO_LIAISON::contains).isPresent();
        if (forLiaison && task.getVariable(TaskKinds.VAR_UNIT) instanceof String unit) {
            Long planId = task.getVariable(TaskKinds.VAR_PLAN_ID) instanceof Number number ? number.longValue() : null;
            liaisons.liaisonOf(planId, unit).ifPresent(task::setAssignee);
        }
    }
}
