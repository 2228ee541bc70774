package org.planflow.circulation.process;

import org.planflow.inbox.TaskKinds;

/** Key, element ids and variables of bpmn/bulletin-reading.bpmn. */
public final class BulletinReadingProcess {

    public static final String KEY = "bulletinReading";

    public static final String START_CIRCULATED = "StartEvent_Circulated";
    public static final String TASK_READ_NOTICE = "Task_ReadNotice";
    public static final String END_READ = "EndEvent_Read";

    public static final String VAR_READING_ID = "readingId";
    public static final String VAR_BULLETIN_ID = "bulletinId";
    /** The recipient unit: its code is the reading task's candidate group. */
    public static final String VAR_UNIT = TaskKinds.VAR_UNIT;
    public static final String VAR_PLAN_ID = TaskKinds.VAR_PLAN_ID;
    /** The inbox shows the bulletin's number and title where other tasks show their plan's. */
    public static final String VAR_PLAN_TITLE = TaskKinds.VAR_PLAN_TITLE;
    /** When reading is due (a date), or null: no deadline. */
    public static final String VAR_READ_DUE = "readDue";
    public static final String VAR_OUTCOME = TaskKinds.VAR_OUTCOME;

    private BulletinReadingProcess() {
    }
}
