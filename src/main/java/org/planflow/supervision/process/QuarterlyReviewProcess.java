package org.planflow.supervision.process;

import org.planflow.inbox.TaskKinds;

/** Key, element ids, messages and variables of bpmn/quarterly-review.bpmn. */
public final class QuarterlyReviewProcess {

    public static final String KEY = "quarterlyReview";

    public static final String START_QUARTER_ENDED = "StartEvent_QuarterEnded";
    public static final String TASK_START_REVIEWS = "Task_StartReviews";
    public static final String END_REVIEWS_STARTED = "EndEvent_ReviewsStarted";
    public static final String START_REVIEW_REQUESTED = "StartEvent_ReviewRequested";
    public static final String TASK_COMPILE_REPORT = "Task_CompileReport";
    public static final String TASK_QUARTERLY_REPORT = "Task_QuarterlyReport";
    public static final String TASK_APPROVE_REPORT = "Task_ApproveQuarterlyReport";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String TASK_CIRCULATE_REPORT = "Task_CirculateReport";
    public static final String END_CIRCULATED = "EndEvent_Circulated";

    public static final String MESSAGE_REVIEW_REQUESTED = "Message_QuarterlyReviewRequested";

    public static final String VAR_REVIEW_ID = "reviewId";
    public static final String VAR_PLAN_ID = TaskKinds.VAR_PLAN_ID;
    public static final String VAR_PLAN_TITLE = TaskKinds.VAR_PLAN_TITLE;
    public static final String VAR_SUPERVISORS = "supervisors";
    public static final String VAR_LEADERS = "leaders";
    /** The plan's responsible leader (分管领导), who gets the approval first; null offers it to every leader. */
    public static final String VAR_APPROVER = "approver";
    public static final String VAR_OUTCOME = TaskKinds.VAR_OUTCOME;

    private QuarterlyReviewProcess() {
    }
}
