package org.planflow.subplan.process;

import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.inbox.TaskFields;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.subplan.SubplanFields;
import org.planflow.subplan.SubplanService;
import org.springframework.stereotype.Component;

/**
 * SUBMIT_SUB_PLAN {@code {"outcome":"submit","subPlanId":…}} and FILE_SUB_PLAN {@code {"outcome":"file"}} or
 * {@code {"outcome":"return","comment":"…"}}: the service checks and records, the variables route the process.
 */
@Component
class SubplanTaskCompletions implements TaskCompletionHandler {

    private final SubplanService subplans;

    SubplanTaskCompletions(SubplanService subplans) {
        this.subplans = subplans;
    }

    @Override
    public Set<TaskKind> kinds() {
        return Set.of(TaskKind.SUBMIT_SUB_PLAN, TaskKind.FILE_SUB_PLAN);
    }

    @Override
    public Map<String, Object> complete(InboxEntry task, String username, Map<String, Object> fields) {
        TaskKind kind = TaskKind.valueOf(task.kind());
        Outcome outcome = kind.outcome(fields.get(SubplanFilingProcess.VAR_OUTCOME));
        switch (outcome) {
            case SUBMIT -> subplans.submit(task.processInstanceId(), TaskFields.integer(fields, SubplanFields.SUB_PLAN_ID), task.id());
            case FILE -> subplans.file(task.processInstanceId(), task.id());
            case RETURN -> {
                Date due = Date.from(subplans.returnForRevision(task.processInstanceId(),
                        TaskFields.string(fields, SubplanFields.COMMENT), task.id()));
                return Map.of(SubplanFilingProcess.VAR_OUTCOME, outcome.value(), SubplanFilingProcess.VAR_SUB_PLAN_DUE, due);
            }
            default -> throw new IllegalStateException("No sub-plan outcome " + outcome);
        }
        return Map.of(SubplanFilingProcess.VAR_OUTCOME, outcome.value());
    }
}
