package org.planflow.circulation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.QuickAction;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.shared.TaskKind;

/** 已阅 straight from the inbox row. */
@org.springframework.stereotype.Component
class ReadNoticeQuickAction implements QuickAction {

    private final TaskCompletionService completion;

    ReadNoticeQuickAction(TaskCompletionService completion) {
        this.completion = completion;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return TaskKind.READ_NOTICE.is(task.kind());
    }

    @Override
    public Component button(InboxEntry task, Runnable done) {
        ConfirmedCompletionButton button = ReadNotice.button(completion, task.id(), task.planTitle(), done);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
