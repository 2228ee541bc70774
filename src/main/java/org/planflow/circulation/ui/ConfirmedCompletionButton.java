package org.planflow.circulation.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Feedback;

/**
 * One click that completes a task with a fixed outcome after a confirmation naming what it is about (签收, 已阅).
 * Its texts are {@code <prefix>.action}, {@code <prefix>.confirm.title}, {@code <prefix>.confirm.text} and
 * {@code <prefix>.done}, the last two given the subject's title.
 */
class ConfirmedCompletionButton extends Button {

    ConfirmedCompletionButton(TaskCompletionService completion, String taskId, Outcome outcome, String prefix, String subject,
                              Runnable done) {
        setText(getTranslation(prefix + ".action"));
        getElement().setAttribute("data-task", taskId);
        addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId(prefix.replace('.', '-') + "-confirm");
            confirm.setHeader(getTranslation(prefix + ".confirm.title"));
            confirm.setText(getTranslation(prefix + ".confirm.text", subject));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmText(getTranslation(prefix + ".action"));
            confirm.addConfirmListener(event -> {
                if (Feedback.attempt(this, IssuePanel.ERRORS, Map.of(),
                        () -> completion.complete(taskId, Map.of(TaskKinds.VAR_OUTCOME, outcome.value())))) {
                    Feedback.success(getTranslation(prefix + ".done", subject));
                    done.run();
                }
            });
            confirm.open();
        });
    }
}
