package org.planflow.subplan.process;

import org.planflow.inbox.TaskKinds;

/** Key, element ids and variables of bpmn/sub-plan-filing.bpmn. */
public final class SubplanFilingProcess {

    public static final String KEY = "subPlanFiling";

    public static final String START_REQUIRED = "StartEvent_SubPlanRequired";
    public static final String TASK_SUBMIT = "Task_SubmitSubPlan";
    public static final String TASK_FILE = "Task_FileSubPlan";
    public static final String GATEWAY_FILED = "Gateway_Filed";
    public static final String END_FILED = "EndEvent_Filed";

    /** The parent plan: the inbox shows the tasks under it, and its office files the sub-plan. */
    public static final String VAR_PLAN_ID = TaskKinds.VAR_PLAN_ID;
    public static final String VAR_PLAN_TITLE = TaskKinds.VAR_PLAN_TITLE;
    /** The unit asked for a sub-plan: its code is the submission's candidate group. */
    public static final String VAR_UNIT = TaskKinds.VAR_UNIT;
    /** When the submission is due (a date): the submission task's due date; a return moves it on. */
    public static final String VAR_SUB_PLAN_DUE = "subPlanDue";
    public static final String VAR_OUTCOME = TaskKinds.VAR_OUTCOME;
    /** The parent plan's office (its PLAN_OFFICE holders, or the supervision office): the filing's candidate group. */
    public static final String VAR_SUPERVISORS = "supervisors";

    private SubplanFilingProcess() {
    }
}
