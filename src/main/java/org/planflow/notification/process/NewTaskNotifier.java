package org.planflow.notification.process;

import java.util.ArrayList;
import java.util.List;

import org.planflow.inbox.TaskOpened;
import org.planflow.notification.Notice;
import org.planflow.notification.NoticeKind;
import org.planflow.notification.NotificationService;
import org.planflow.notification.Notices;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Everyone a new task is offered to hears of it. */
@Component
class NewTaskNotifier {

    private final NotificationService notifications;
    private final Notices notices;

    NewTaskNotifier(NotificationService notifications, Notices notices) {
        this.notifications = notifications;
        this.notices = notices;
    }

    @EventListener
    void onTaskOpened(TaskOpened task) {
        List<String> users = new ArrayList<>(task.candidateUsers());
        if (task.assignee() != null) {
            users.add(task.assignee());
        }
        Notice notice = new Notice(NoticeKind.NEW_TASK, notices.text("notice.newTask.title", task.name()),
                notices.planLine(task.planTitle(), task.due()), "tasks/" + task.taskId(), task.taskId(), task.planId());
        notifications.send(notice, task.candidateGroups(), users);
    }
}
