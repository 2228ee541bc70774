package org.planflow.meeting.process;

import java.util.Map;
import java.util.Set;

import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.inbox.TaskFields;
import org.planflow.meeting.MeetingFields;
import org.planflow.meeting.MeetingService;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.springframework.stereotype.Component;

/**
 * CONFIRM_ATTENDANCE {@code {"outcome":"attend","attendees":"…"}} or {@code {"outcome":"decline","reason":"…"}}, and
 * RECORD_MINUTES {@code {"outcome":"submit","text":"…","decisions":"one a line"}}: the service checks and records.
 */
@Component
class MeetingTaskCompletions implements TaskCompletionHandler {

    private final MeetingService meetings;

    MeetingTaskCompletions(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public Set<TaskKind> kinds() {
        return Set.of(TaskKind.CONFIRM_ATTENDANCE, TaskKind.RECORD_MINUTES);
    }

    @Override
    public Map<String, Object> complete(InboxEntry task, String username, Map<String, Object> fields) {
        TaskKind kind = TaskKind.valueOf(task.kind());
        Outcome outcome = kind.outcome(fields.get(MeetingProcess.VAR_OUTCOME));
        if (kind == TaskKind.CONFIRM_ATTENDANCE) {
            meetings.confirm(task.processInstanceId(), task.unit(), outcome, TaskFields.string(fields, MeetingFields.ATTENDEES),
                    TaskFields.string(fields, MeetingFields.REASON), task.id());
        } else {
            meetings.recordMinutes(task.processInstanceId(), TaskFields.string(fields, MeetingFields.TEXT),
                    TaskFields.string(fields, MeetingFields.DECISIONS), task.id());
        }
        return Map.of(MeetingProcess.VAR_OUTCOME, outcome.value());
    }
}
