package org.planflow.circulation.ui;

import org.planflow.inbox.TaskCompletionService;
import org.planflow.shared.Outcome;

/** 已阅 on a bulletin: the READ_NOTICE task completed after a confirmation. */
final class ReadNotice {

    private ReadNotice() {
    }

    static ConfirmedCompletionButton button(TaskCompletionService completion, String taskId, String title, Runnable done) {
        ConfirmedCompletionButton button = new ConfirmedCompletionButton(completion, taskId, Outcome.READ, "bulletin.read",
                title, done);
        button.addClassName("read-notice");
        return button;
    }
}
