package org.planflow.plan.process;

import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;

/** Key, element ids and variable names of plan-approval.bpmn. */
public final class PlanApprovalProcess {

    public static final String KEY = "planApproval";

    public static final String START_DRAFT_CREATED = "StartEvent_DraftCreated";
    public static final String TASK_DRAFT = "Task_Draft";
    public static final String TASK_DEPT_REVIEW = "Task_DeptReview";
    public static final String GATEWAY_REVIEW_PASSED = "Gateway_ReviewPassed";
    public static final String GATEWAY_CONSULT = "Gateway_Consult";
    public static final String TASK_OPEN_CONSULTATION = "Task_OpenConsultation";
    public static final String CALL_CONSULTATION = "CallActivity_Consultation";
    public static final String TASK_CONSOLIDATE = "Task_Consolidate";
    public static final String GATEWAY_TO_APPROVAL = "Gateway_ToApproval";
    public static final String TASK_LEADER_APPROVAL = "Task_LeaderApproval";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String TASK_ISSUE = "Task_Issue";
    public static final String TASK_ASSIGN_DOC_NUMBER = "Task_AssignDocNumber";
    public static final String TASK_DELIVER = "Task_Deliver";
    public static final String END_ISSUED = "EndEvent_Issued";
    /** A sub-plan (配套方案) ends here approved: its unit files it with the parent plan's office. */
    public static final String END_APPROVED_FOR_FILING = "EndEvent_ApprovedForFiling";
    public static final String BOUNDARY_WITHDRAW_REVIEW = "BoundaryEvent_WithdrawnFromReview";
    public static final String BOUNDARY_WITHDRAW_APPROVAL = "BoundaryEvent_WithdrawnFromApproval";

    public static final String MESSAGE_WITHDRAW = "Message_Withdraw";

    public static final String VAR_PLAN_ID = TaskKinds.VAR_PLAN_ID;
    public static final String VAR_PLAN_TITLE = TaskKinds.VAR_PLAN_TITLE;
    public static final String VAR_LEAD_UNIT = "leadUnit";
    public static final String VAR_UNIT = TaskKinds.VAR_UNIT;
    public static final String VAR_DRAFTER = "drafter";
    public static final String VAR_OUTCOME = TaskKinds.VAR_OUTCOME;
    public static final String VAR_CONSULT = "consult";
    public static final String VAR_CONSULT_DUE = "consultDue";
    public static final String VAR_ROUND = "round";
    public static final String VAR_CONSULTED_UNIT = "consultedUnit";
    public static final String VAR_APPROVER = "approver";
    /** The plan this one implements as a member unit's own plan; null for an ordinary plan. */
    public static final String VAR_PARENT_PLAN_ID = "parentPlanId";

    public static final String OUTCOME_PASS = Outcome.PASS.value();
    public static final String OUTCOME_RETURN = Outcome.RETURN.value();
    public static final String OUTCOME_APPROVE = Outcome.APPROVE.value();
    public static final String OUTCOME_SUBMIT = Outcome.SUBMIT.value();

    private PlanApprovalProcess() {
    }
}
