package org.planflow.workpoints.process;

import org.planflow.inbox.TaskKinds;

/** Key, element ids and variables of bpmn/work-points.bpmn. */
public final class WorkPointsProcess {

    public static final String KEY = "work-points";

    public static final String START_PLAN_ISSUED = "StartEvent_PlanIssued";
    public static final String EVENT_YEAR_BEGINS = "Event_YearBegins";
    public static final String TASK_CHECK_WORK_POINTS = "Task_CheckWorkPoints";
    public static final String GATEWAY_TO_DRAW = "Gateway_ToDraw";
    public static final String TASK_DRAW_WORK_POINTS = "Task_DrawWorkPoints";
    public static final String GATEWAY_YEARS_LEFT = "Gateway_YearsLeft";
    public static final String TASK_ADVANCE_YEAR = "Task_AdvanceYear";
    public static final String END_PERIOD_ENDED = "EndEvent_PeriodEnded";

    /** The multi-year plan whose work points are drawn: the inbox shows the task under it. */
    public static final String VAR_PLAN_ID = TaskKinds.VAR_PLAN_ID;
    public static final String VAR_PLAN_TITLE = TaskKinds.VAR_PLAN_TITLE;
    /** The unit whose drafters are asked first: the plan's office unit, else its lead unit. */
    public static final String VAR_UNIT = TaskKinds.VAR_UNIT;
    /** The year whose work points are due next, and the last year of the plan's period. */
    public static final String VAR_YEAR = "year";
    public static final String VAR_LAST_YEAR = "lastYear";
    /** The start of {@link #VAR_YEAR} in the district: the timer. */
    public static final String VAR_YEAR_BEGINS = "yearBegins";
    /** Whether the year still needs its work points (not drawn, plan not closed). */
    public static final String VAR_TO_DRAW = "toDraw";
    /** The candidate groups of the task: the drafters of the office unit and of the lead unit. */
    public static final String VAR_DRAWERS = "drawers";
    public static final String VAR_OUTCOME = TaskKinds.VAR_OUTCOME;

    private WorkPointsProcess() {
    }
}
