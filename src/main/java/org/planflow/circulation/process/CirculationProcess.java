package org.planflow.circulation.process;

import org.planflow.inbox.TaskKinds;

/** Key, element ids and variables of bpmn/circulation.bpmn. */
public final class CirculationProcess {

    public static final String KEY = "circulation";

    public static final String START_DELIVERED = "StartEvent_Delivered";
    public static final String TASK_ACKNOWLEDGE = "Task_Acknowledge";
    public static final String BOUNDARY_ACK_DEADLINE = "BoundaryEvent_AckDeadline";
    public static final String TASK_MARK_OVERDUE = "Task_MarkOverdue";
    public static final String END_MARKED_OVERDUE = "EndEvent_MarkedOverdue";
    public static final String GATEWAY_ACKNOWLEDGED = "Gateway_Acknowledged";
    public static final String END_ACKNOWLEDGED = "EndEvent_Acknowledged";
    public static final String TASK_REROUTE = "Task_Reroute";
    public static final String GATEWAY_REROUTED = "Gateway_Rerouted";
    public static final String TASK_REDELIVER = "Task_Redeliver";
    public static final String END_REROUTED = "EndEvent_Rerouted";
    public static final String END_REFUSAL_CLOSED = "EndEvent_RefusalClosed";

    public static final String VAR_DELIVERY_ID = "deliveryId";
    /** The recipient unit: its code is the acknowledgement task's candidate group. */
    public static final String VAR_UNIT = TaskKinds.VAR_UNIT;
    public static final String VAR_PLAN_ID = TaskKinds.VAR_PLAN_ID;
    public static final String VAR_PLAN_TITLE = TaskKinds.VAR_PLAN_TITLE;
    /** When the acknowledgement is due (a date): the task's due date and its deadline timer, given as a transient value. */
    public static final String VAR_ACK_DUE = "ackDue";
    public static final String VAR_OUTCOME = TaskKinds.VAR_OUTCOME;

    /** In plan-approval.bpmn, set by the ISSUE task's completion: the issuance that numbering and delivery carry out. */
    public static final String VAR_ISSUANCE_ID = "issuanceId";
    /** In plan-approval.bpmn, the document number once taken. */
    public static final String VAR_DOC_NUMBER = "docNumber";

    private CirculationProcess() {
    }
}
