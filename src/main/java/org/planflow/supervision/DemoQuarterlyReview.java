package org.planflow.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.planflow.inbox.DemoActions;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.DemoDrafts;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.supervision.process.DemoTimeline;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's quarterly 通报: the supervision office starts the review of the quarter, submits the compiled
 * report, the leader approves it the next day and it goes to the member units; the first few read it.
 */
@Component
@Profile("demo")
class DemoQuarterlyReview {

    /** How many member units have read the 通报 by the demo's first start; the rest have not. */
    static final int READERS = 3;

    private final QuarterlyReviewService reviews;
    private final DemoActions demo;
    private final DemoTimeline timeline;

    DemoQuarterlyReview(QuarterlyReviewService reviews, DemoActions demo, DemoTimeline timeline) {
        this.reviews = reviews;
        this.demo = demo;
        this.timeline = timeline;
    }

    void circulate(long planId, Quarter quarter, Instant start) {
        timeline.advanceTo(start);
        QuarterlyReview review = demo.as(DemoDrafts.OFFICE, () -> reviews.start(planId, quarter.name()));
        String text = demo.as(DemoDrafts.OFFICE, () -> reviews.get(review.id()).reportText());
        demo.completeInProcess(DemoDrafts.OFFICE, review.processInstanceId(), TaskKind.QUARTERLY_REPORT,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), SupervisionFields.TEXT, text,
                        SupervisionFields.READ_WORKING_DAYS, 5));
        timeline.advanceTo(start.plus(Duration.ofDays(1)));
        demo.completeInProcess("leader", review.processInstanceId(), TaskKind.APPROVE_QUARTERLY_REPORT,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.APPROVE.value(), SupervisionFields.COMMENT, "同意通报。"));
        timeline.advanceTo(start.plus(Duration.ofDays(2)));
        List<String> readers = demo.as(DemoDrafts.OFFICE, () -> reviews.memberUnits(planId)).stream()
                .map(unit -> "staff-" + unit).filter(demo::exists)
                .filter(staff -> demo.hasTask(staff, planId, TaskKind.READ_NOTICE)).limit(READERS).toList();
        readers.forEach(staff -> demo.complete(staff, planId, TaskKind.READ_NOTICE,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.READ.value())));
    }
}
