package org.planflow.workpoints.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.inbox.TaskFields;
import org.planflow.shared.ListFields;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.workpoints.WorkPointsFields;
import org.planflow.workpoints.WorkPointsRequest;
import org.planflow.workpoints.WorkPointsService;
import org.springframework.stereotype.Component;

/**
 * DRAW_WORK_POINTS {@code {"outcome":"submit","items":[{"seq":1,"dueDate":"2027-06-30"}]}}: the year's work points are
 * drawn as by {@code POST /api/plans/{id}/work-points}, for the year the task asks.
 */
@Component
class WorkPointsTaskCompletion implements TaskCompletionHandler {

    private final WorkPointsService workPoints;
    private final WorkPointsEngine engine;

    WorkPointsTaskCompletion(WorkPointsService workPoints, WorkPointsEngine engine) {
        this.workPoints = workPoints;
        this.engine = engine;
    }

    @Override
    public Set<TaskKind> kinds() {
        return Set.of(TaskKind.DRAW_WORK_POINTS);
    }

    @Override
    public Map<String, Object> complete(InboxEntry task, String username, Map<String, Object> fields) {
        Outcome outcome = TaskKind.DRAW_WORK_POINTS.outcome(fields.get(WorkPointsProcess.VAR_OUTCOME));
        List<Map<String, Object>> items = TaskFields.objects(fields, WorkPointsFields.ITEMS);
        List<WorkPointsRequest.Pick> picks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String seq = ListFields.at(WorkPointsFields.ITEMS, i, WorkPointsFields.SEQ);
            String due = ListFields.at(WorkPointsFields.ITEMS, i, WorkPointsFields.DUE_DATE);
            Object number = items.get(i).get(WorkPointsFields.SEQ);
            Object date = items.get(i).get(WorkPointsFields.DUE_DATE);
            picks.add(new WorkPointsRequest.Pick(number == null ? null : TaskFields.integer(Map.of(seq, number), seq),
                    date == null ? null : TaskFields.date(Map.of(due, date), due)));
        }
        workPoints.drawForTask(task.planId(), engine.yearOf(task.id()), picks);
        return Map.of(WorkPointsProcess.VAR_OUTCOME, outcome.value());
    }
}
