package org.planflow.plan;

/**
 * The names of the fields a plan's requests and approval tasks carry, as the API, the task completions, the views
 * and the refusals ({@code field}) spell them. The outcome is {@code inbox.TaskKinds.VAR_OUTCOME}.
 */
public final class PlanFields {

    public static final String TITLE = "title";
    public static final String TYPE = "type";
    public static final String DOC_NUMBER = "docNumber";
    /** The revision note of a save. */
    public static final String NOTE = "note";
    public static final String SECTIONS = "sections";
    public static final String OUTLINE = "outline";
    public static final String LEVEL = "level";
    public static final String HEADING = "heading";
    /** The breakdown table's rows. */
    public static final String ITEMS = "items";
    public static final String CATEGORY = "category";
    public static final String INDICATOR = "indicator";
    public static final String SCORE = "score";
    public static final String LEAD_UNIT = "leadUnit";
    public static final String COOP_UNITS = "coopUnits";
    /** The group of units (各乡镇, …) that leads an item instead of one lead unit. */
    public static final String LEAD_GROUP = "leadGroup";
    public static final String MILESTONES = "milestones";
    public static final String TEXT = "text";
    public static final String DUE = "due";
    public static final String TARGETS = "targets";
    public static final String NAME = "name";
    public static final String VALUE = "value";
    public static final String PERIOD = "period";
    /** A period's first and last day, as {@code period.start} and {@code period.end}. */
    public static final String START = "start";
    public static final String END = "end";
    public static final String CADENCE = "cadence";
    public static final String REPORT_DUE_DAYS = "reportDueDays";
    /** An uploaded attachment. */
    public static final String FILE = "file";
    /** The responsible leader (分管领导) named for the plan. */
    public static final String LEADER = "leader";
    /** The DRAFT task's units to consult, their deadline, the approving leaders and the steps' own deadlines. */
    public static final String CONSULT_UNITS = "consultUnits";
    public static final String CONSULT_WORKING_DAYS = "consultWorkingDays";
    public static final String APPROVERS = "approvers";
    public static final String STEP_WORKING_DAYS = "stepWorkingDays";
    /** The plan's office unit (办公室所在单位) and the leading group it serves. */
    public static final String OFFICE = "office";
    public static final String LEADING_GROUP = "leadingGroup";
    /** A department reviewer's or leader's comment, required with a return. */
    public static final String COMMENT = "comment";

    private PlanFields() {
    }

    /** A step's own deadline, e.g. {@code stepWorkingDays.LEADER_APPROVAL}. */
    public static String step(Object kind) {
        return STEP_WORKING_DAYS + "." + kind;
    }
}
