package org.planflow.consultation.process;

import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;

/** Key, element ids and variable names of consultation.bpmn. */
public final class ConsultationProcess {

    public static final String KEY = "consultation";

    public static final String START_SENT = "StartEvent_ConsultationSent";
    public static final String TASK_GIVE_OPINION = "Task_GiveOpinion";
    public static final String END_ANSWERED = "EndEvent_Answered";
    public static final String BOUNDARY_DEADLINE = "BoundaryEvent_Deadline";
    public static final String TASK_RECORD_NO_OPINION = "Task_RecordDeemedNoOpinion";
    public static final String END_DEEMED_NO_OPINION = "EndEvent_DeemedNoOpinion";

    public static final String VAR_PLAN_ID = TaskKinds.VAR_PLAN_ID;
    public static final String VAR_PLAN_TITLE = TaskKinds.VAR_PLAN_TITLE;
    public static final String VAR_UNIT = TaskKinds.VAR_UNIT;
    public static final String VAR_ROUND = "round";
    public static final String VAR_DUE = "consultDue";
    public static final String VAR_OUTCOME = TaskKinds.VAR_OUTCOME;

    public static final String OUTCOME_OPINIONS = Outcome.OPINIONS.value();
    public static final String OUTCOME_NO_OPINION = Outcome.NO_OPINION.value();

    private ConsultationProcess() {
    }
}
