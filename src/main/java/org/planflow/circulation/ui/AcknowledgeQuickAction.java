package org.planflow.circulation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.QuickAction;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;

/** 签收 straight from the inbox row: one click, one confirmation. */
@org.springframework.stereotype.Component
class AcknowledgeQuickAction implements QuickAction {

    private final TaskCompletionService completion;

    AcknowledgeQuickAction(TaskCompletionService completion) {
        this.completion = completion;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return TaskKind.ACKNOWLEDGE.is(task.kind());
    }

    @Override
    public Component button(InboxEntry task, Runnable done) {
        ConfirmedCompletionButton acknowledge = new ConfirmedCompletionButton(completion, task.id(), Outcome.ACKNOWLEDGE,
                "ack", task.planTitle(), done);
        acknowledge.addClassName("quick-acknowledge");
        acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return acknowledge;
    }
}
