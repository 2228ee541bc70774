package org.planflow.circulation.process;

/** Key, element ids and variables of bpmn/circulation.bpmn. */
public final class CirculationProcess {

    public static final String KEY = "circulation";

    public static final String START_DELIVERED = "StartEvent_Delivered";
    public static final String TASK_ACKNOWLEDGE = "Task_Acknowledge";
    public static final String END_ACKNOWLEDGED = "EndEvent_Acknowledged";

    /** The recipient unit: its code is the acknowledgement task's candidate group. */
    public static final String VAR_UNIT = "unitCode";
    public static final String VAR_PLAN_ID = "planId";
    public static final String VAR_PLAN_TITLE = "planTitle";
    /** When the acknowledgement is due (a date; null for no deadline). */
    public static final String VAR_ACK_DUE = "ackDue";

    private CirculationProcess() {
    }
}
