package org.planflow.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.supervision.QuarterlyReviewService;
import org.springframework.stereotype.Component;

/** The draft report the supervision office starts from. */
@Component("compileQuarterlyReportDelegate")
class CompileQuarterlyReportDelegate implements JavaDelegate {

    private final QuarterlyReviewService reviews;

    CompileQuarterlyReportDelegate(QuarterlyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.compile(reviewId(execution));
    }

    static long reviewId(DelegateExecution execution) {
        return ((Number) execution.getVariable(QuarterlyReviewProcess.VAR_REVIEW_ID)).longValue();
    }
}
