package org.planflow.circulation.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.QuickAction;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.shared.ui.Feedback;

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
        Button acknowledge = new Button();
        acknowledge.setText(acknowledge.getTranslation("ack.acknowledge"));
        acknowledge.addClassName("quick-acknowledge");
        acknowledge.getElement().setAttribute("data-task", task.id());
        acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        acknowledge.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("acknowledge-confirm");
            confirm.setHeader(acknowledge.getTranslation("ack.confirm.title"));
            confirm.setText(acknowledge.getTranslation("ack.confirm.text", task.planTitle()));
            confirm.setCancelable(true);
            confirm.setCancelText(acknowledge.getTranslation("common.cancel"));
            confirm.setConfirmText(acknowledge.getTranslation("ack.acknowledge"));
            confirm.addConfirmListener(event -> {
                if (Feedback.attempt(acknowledge, IssuePanel.ERRORS, Map.of(),
                        () -> completion.complete(task.id(), Map.of("outcome", Outcome.ACKNOWLEDGE.value())))) {
                    Feedback.success(acknowledge.getTranslation("ack.done", task.planTitle()));
                    done.run();
                }
            });
            confirm.open();
        });
        return acknowledge;
    }
}
