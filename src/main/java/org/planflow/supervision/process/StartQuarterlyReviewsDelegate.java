package org.planflow.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.supervision.QuarterlyReviewService;
import org.springframework.stereotype.Component;

/** A quarter ended: every plan with open items gets its review of that quarter. */
@Component("startQuarterlyReviewsDelegate")
class StartQuarterlyReviewsDelegate implements JavaDelegate {

    private final QuarterlyReviewService reviews;

    StartQuarterlyReviewsDelegate(QuarterlyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.startDue();
    }
}
