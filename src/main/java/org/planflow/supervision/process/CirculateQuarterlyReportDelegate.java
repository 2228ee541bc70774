package org.planflow.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.supervision.QuarterlyReviewService;
import org.springframework.stereotype.Component;

/** The approved report goes out to the member units as a 通报. */
@Component("circulateQuarterlyReportDelegate")
class CirculateQuarterlyReportDelegate implements JavaDelegate {

    private final QuarterlyReviewService reviews;

    CirculateQuarterlyReportDelegate(QuarterlyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.circulate(CompileQuarterlyReportDelegate.reviewId(execution));
    }
}
