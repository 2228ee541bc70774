package org.planflow.circulation.process;

import java.util.Map;
import java.util.Set;

import org.planflow.circulation.BulletinService;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.springframework.stereotype.Component;

/** READ_NOTICE with DESIGN.md's body {"outcome":"read"}: the unit's read receipt of a bulletin. */
@Component
class ReadNoticeCompletion implements TaskCompletionHandler {

    private final BulletinService bulletins;

    ReadNoticeCompletion(BulletinService bulletins) {
        this.bulletins = bulletins;
    }

    @Override
    public Set<TaskKind> kinds() {
        return Set.of(TaskKind.READ_NOTICE);
    }

    @Override
    public Map<String, Object> complete(InboxEntry task, String username, Map<String, Object> fields) {
        Outcome outcome = TaskKind.READ_NOTICE.outcome(fields.get(BulletinReadingProcess.VAR_OUTCOME));
        bulletins.markRead(bulletins.readingOfProcess(task.processInstanceId()).id(), username, task.id());
        return Map.of(BulletinReadingProcess.VAR_OUTCOME, outcome.value());
    }
}
