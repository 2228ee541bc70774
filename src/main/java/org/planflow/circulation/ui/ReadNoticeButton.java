package org.planflow.circulation.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Feedback;

/** 已阅: completes the unit's READ_NOTICE task after a confirmation naming the bulletin. */
class ReadNoticeButton extends Button {

    ReadNoticeButton(TaskCompletionService completion, String taskId, String title, Runnable done) {
        setText(getTranslation("bulletin.markRead"));
        addClassName("read-notice");
        getElement().setAttribute("data-task", taskId);
        addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("read-notice-confirm");
            confirm.setHeader(getTranslation("bulletin.confirm.title"));
            confirm.setText(getTranslation("bulletin.confirm.text", title));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmText(getTranslation("bulletin.markRead"));
            confirm.addConfirmListener(event -> {
                if (Feedback.attempt(this, IssuePanel.ERRORS, Map.of(),
                        () -> completion.complete(taskId, Map.of("outcome", Outcome.READ.value())))) {
                    Feedback.success(getTranslation("bulletin.markedRead", title));
                    done.run();
                }
            });
            confirm.open();
        });
    }
}
