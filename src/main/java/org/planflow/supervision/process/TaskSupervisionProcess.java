package org.planflow.supervision.process;

import org.planflow.inbox.TaskKinds;

/** Key, element ids, messages and variables of bpmn/task-supervision.bpmn. */
public final class TaskSupervisionProcess {

    public static final String KEY = "taskSupervision";

    public static final String START_ASSIGNED = "StartEvent_Assigned";
    public static final String GATEWAY_HAS_LEAD_UNIT = "Gateway_HasLeadUnit";
    public static final String TASK_ASSIGN_LEAD_UNIT = "Task_AssignLeadUnit";
    public static final String TASK_ACCEPT_ASSIGNMENT = "Task_AcceptAssignment";
    public static final String SUBPROCESS_TRACKING = "SubProcess_Tracking";
    public static final String TIMER_ITEM_DUE = "Timer_ItemDue";
    public static final String TASK_FLAG_OVERDUE = "Task_FlagOverdue";
    public static final String END_OVERDUE_FLAGGED = "EndEvent_OverdueFlagged";
    public static final String TIMER_PERIOD_END = "Timer_PeriodEnd";
    public static final String TASK_OPEN_REPORT = "Task_OpenReport";
    public static final String TASK_REPORT_PROGRESS = "Task_ReportProgress";
    public static final String GATEWAY_REPORTED_DONE = "Gateway_ReportedDone";
    public static final String TASK_REVIEW_REPORT = "Task_ReviewReport";
    public static final String TASK_VERIFY_CLOSURE = "Task_VerifyClosure";
    public static final String END_TRACKING_DONE = "EndEvent_TrackingDone";
    public static final String TASK_REVIEW_EXTENSION = "Task_ReviewExtension";
    public static final String TASK_ANSWER_NOTICE = "Task_AnswerNotice";
    public static final String TASK_CLOSE_ITEM = "Task_CloseItem";
    public static final String END_ITEM_CLOSED = "EndEvent_ItemClosed";

    public static final String MESSAGE_EXTENSION_REQUESTED = "Message_ExtensionRequested";
    public static final String MESSAGE_NOTICE_ISSUED = "Message_NoticeIssued";

    public static final String VAR_ITEM_ID = "itemId";
    public static final String VAR_PLAN_ID = TaskKinds.VAR_PLAN_ID;
    public static final String VAR_PLAN_TITLE = TaskKinds.VAR_PLAN_TITLE;
    /** The lead unit: its code is the candidate group of the unit's tasks, and the inbox's unit. */
    public static final String VAR_LEAD_UNIT = "leadUnit";
    public static final String VAR_UNIT = TaskKinds.VAR_UNIT;
    public static final String VAR_HAS_LEAD_UNIT = "hasLeadUnit";
    public static final String VAR_SUPERVISORS = "supervisors";
    public static final String VAR_ACCEPT_DUE = "acceptDue";
    public static final String VAR_ITEM_DUE = "itemDue";
    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_REPORT_DUE = "reportDue";
    public static final String VAR_REPORT_STATUS = "reportStatus";
    public static final String VAR_NOTICE_ID = "noticeId";
    public static final String VAR_NOTICE_DUE = "noticeDue";
    public static final String VAR_NOTICE_ANSWERERS = "noticeAnswerers";
    public static final String VAR_EXTENSION_ID = "extensionId";
    public static final String VAR_OUTCOME = TaskKinds.VAR_OUTCOME;

    private TaskSupervisionProcess() {
    }
}
