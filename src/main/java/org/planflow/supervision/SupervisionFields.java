package org.planflow.supervision;

import org.planflow.shared.ListFields;

/**
 * The field names of supervision's requests and task completions, as the handlers read them, the services name them
 * in their refusals and the views, demo runners and tests send them.
 */
public final class SupervisionFields {

    /** ASSIGN_LEAD_UNIT, and an ad-hoc item's lead unit (主办). */
    public static final String LEAD_UNIT = "leadUnit";
    public static final String COOP_UNITS = "coopUnits";
    /** An ad-hoc item's title, or a meeting decision made an item. */
    public static final String TITLE = "title";
    public static final String SOURCE = "source";
    public static final String SOURCE_TEXT = "sourceText";
    /** An ad-hoc item's due date, or the due date an extension request asks for. */
    public static final String DUE_DATE = "dueDate";
    public static final String CADENCE = "cadence";
    public static final String LEADER = "leader";
    /** ACCEPT_ASSIGNMENT: the measures, milestones and responsible person of the ledger row. */
    public static final String MEASURES = "measures";
    public static final String MILESTONES = "milestones";
    public static final String MILESTONE_TEXT = "text";
    public static final String MILESTONE_DUE = "due";
    public static final String RESPONSIBLE = "responsible";
    /** REPORT_PROGRESS. */
    public static final String PROGRESS = "progress";
    public static final String PERCENT = "percent";
    public static final String STATUS = "status";
    public static final String PROBLEMS = "problems";
    public static final String NEXT_STEPS = "nextSteps";
    /** A report's values of the item's targets, {@code {name: value}}. */
    public static final String TARGET_VALUES = "targetValues";
    /** An item's numeric targets (指标), each with its name, unit, direction (GE/LE), value and baseline. */
    public static final String TARGETS = "targets";
    public static final String TARGET_NAME = "name";
    public static final String TARGET_UNIT = "unit";
    public static final String TARGET_DIRECTION = "direction";
    public static final String TARGET_VALUE = "value";
    /** The calendar days after a period's end an item's report is due. */
    public static final String REPORT_DUE_DAYS = "reportDueDays";
    /** The office's or leader's comment on a report, a closure, an extension or a quarterly report. */
    public static final String COMMENT = "comment";
    /** A contribution, a supervision notice, its answer, or a quarterly report's text. */
    public static final String TEXT = "text";
    public static final String REASON = "reason";
    public static final String ANSWER_WORKING_DAYS = "answerWorkingDays";
    /** Evidence's file. */
    public static final String FILE = "file";
    /** A supervisor's urge notice (催办). */
    public static final String MESSAGE = "message";
    /** An escalation ladder: its task kind, its rules and each rule's offset. */
    public static final String TASK_KIND = "taskKind";
    public static final String RULES = "rules";
    public static final String OFFSET_WORKING_DAYS = "offsetWorkingDays";
    /** The plan a quarterly review is started for. */
    public static final String PLAN = "plan";
    /** A quarterly review's quarter, e.g. 2027-Q1. */
    public static final String PERIOD = "period";
    public static final String READ_WORKING_DAYS = "readWorkingDays";
    /** A joint meeting's record. */
    public static final String DATE = "date";
    public static final String ATTENDEES = "attendees";
    public static final String DECISIONS = "decisions";

    private SupervisionFields() {
    }

    /** The field of the milestone at the index, e.g. {@code milestones[2].due}; without a part, the milestone. */
    public static String milestone(int index, String part) {
        return part == null ? ListFields.at(MILESTONES, index) : ListFields.at(MILESTONES, index, part);
    }

    /** A field of the target at the index, e.g. {@code targets[0].value}. */
    public static String target(int index, String part) {
        return ListFields.at(TARGETS, index, part);
    }

    /** The value a report states for the named target, e.g. {@code targetValues.抽检合格率}. */
    public static String targetValue(String name) {
        return TARGET_VALUES + "." + name;
    }
}
