package org.planflow.assessment.process;

import org.planflow.inbox.TaskKinds;

/** Key, element ids and variables of bpmn/annual-assessment.bpmn. */
public final class AnnualAssessmentProcess {

    public static final String KEY = "annualAssessment";

    public static final String START_OPENED = "StartEvent_AssessmentOpened";
    public static final String SUBPROCESS_SELF_ASSESSMENT = "SubProcess_SelfAssessment";
    public static final String START_UNIT_SELF_ASSESSMENT = "StartEvent_UnitSelfAssessment";
    public static final String TASK_SELF_ASSESS = "Task_SelfAssess";
    public static final String END_SELF_ASSESSED = "EndEvent_SelfAssessed";
    public static final String BOUNDARY_DEADLINE_PASSED = "BoundaryEvent_DeadlinePassed";
    public static final String TASK_RECORD_LAPSE = "Task_RecordLapse";
    public static final String END_LAPSED = "EndEvent_Lapsed";
    public static final String TASK_CLOSE_SELF_ASSESSMENT = "Task_CloseSelfAssessment";
    public static final String TASK_SCORE_ASSESSMENT = "Task_ScoreAssessment";
    public static final String TASK_APPROVE_ASSESSMENT = "Task_ApproveAssessment";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String TASK_PUBLISH_RESULTS = "Task_PublishResults";
    public static final String END_PUBLISHED = "EndEvent_Published";

    public static final String VAR_ASSESSMENT_ID = "assessmentId";
    public static final String VAR_PLAN_ID = TaskKinds.VAR_PLAN_ID;
    public static final String VAR_PLAN_TITLE = TaskKinds.VAR_PLAN_TITLE;
    /** The responsible units' codes; each is also the unit's candidate group. */
    public static final String VAR_UNITS = "units";
    /** One unit's code inside the self-assessment sub-process. */
    public static final String VAR_UNIT_CODE = TaskKinds.VAR_UNIT;
    /** The self-assessment deadline, a date. */
    public static final String VAR_DEADLINE = "deadline";
    public static final String VAR_SUPERVISORS = "supervisors";
    public static final String VAR_LEADERS = "leaders";
    /** The plan's responsible leader (分管领导), who gets the approval first; null offers it to every leader. */
    public static final String VAR_APPROVER = "approver";
    public static final String VAR_OUTCOME = TaskKinds.VAR_OUTCOME;

    private AnnualAssessmentProcess() {
    }
}
