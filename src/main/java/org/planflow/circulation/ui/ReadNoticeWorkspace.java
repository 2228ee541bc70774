package org.planflow.circulation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.circulation.BulletinReading;
import org.planflow.circulation.BulletinService;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskWorkspace;
import org.planflow.shared.TaskKind;

/** The READ_NOTICE task: the bulletin to read and 已阅. */
@org.springframework.stereotype.Component
class ReadNoticeWorkspace implements TaskWorkspace {

    private final BulletinService bulletins;
    private final TaskCompletionService completion;

    ReadNoticeWorkspace(BulletinService bulletins, TaskCompletionService completion) {
        this.bulletins = bulletins;
        this.completion = completion;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return TaskKind.READ_NOTICE.is(task.kind());
    }

    @Override
    public Component open(InboxEntry task, Runnable completed) {
        BulletinReading reading = bulletins.readingOfProcess(task.processInstanceId());
        VerticalLayout layout = new VerticalLayout(new BulletinPanel(bulletins.get(reading.bulletinId())),
                ReadNotice.button(completion, task.id(), reading.title(), completed));
        layout.setPadding(false);
        return layout;
    }
}
