package org.planflow.supervision.process;

import java.util.Map;
import java.util.Set;

import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.inbox.TaskFields;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.supervision.QuarterlyReviewService;
import org.planflow.supervision.SupervisionFields;
import org.springframework.stereotype.Component;

/** QUARTERLY_REPORT and APPROVE_QUARTERLY_REPORT with DESIGN.md's bodies. */
@Component
class QuarterlyReviewCompletions implements TaskCompletionHandler {

    private final QuarterlyReviewService reviews;
    private final SupervisionEngine engine;

    QuarterlyReviewCompletions(QuarterlyReviewService reviews, SupervisionEngine engine) {
        this.reviews = reviews;
        this.engine = engine;
    }

    @Override
    public Set<TaskKind> kinds() {
        return Set.of(TaskKind.QUARTERLY_REPORT, TaskKind.APPROVE_QUARTERLY_REPORT);
    }

    @Override
    public Map<String, Object> complete(InboxEntry task, String username, Map<String, Object> fields) {
        TaskKind kind = TaskKind.valueOf(task.kind());
        Outcome outcome = kind.outcome(fields.get(QuarterlyReviewProcess.VAR_OUTCOME));
        long reviewId = ((Number) engine.variable(task.processInstanceId(), QuarterlyReviewProcess.VAR_REVIEW_ID)).longValue();
        if (kind == TaskKind.QUARTERLY_REPORT) {
            reviews.submit(reviewId, TaskFields.string(fields, SupervisionFields.TEXT),
                    TaskFields.integer(fields, SupervisionFields.READ_WORKING_DAYS), task.id());
        } else {
            reviews.decide(reviewId, outcome, TaskFields.string(fields, SupervisionFields.COMMENT), task.id());
        }
        return Map.of(QuarterlyReviewProcess.VAR_OUTCOME, outcome.value());
    }
}
