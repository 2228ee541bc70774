package org.planflow.circulation;

/**
 * The form field names of circulation's task completions and requests, as the API, the views, the demo and the
 * refusals (their {@code field}) name them. The outcome is {@code inbox.TaskKinds.VAR_OUTCOME}.
 */
public final class CirculationFields {

    /** ISSUE: the document number prefix (发文字号), e.g. 区政办发. */
    public static final String PREFIX = "prefix";
    /** ISSUE: 印发 or 转发. */
    public static final String FORM = "form";
    /** ISSUE: unit codes and recipient groups. */
    public static final String RECIPIENTS = "recipients";
    public static final String ACK_WORKING_DAYS = "ackWorkingDays";
    public static final String ISSUE_DATE = "issueDate";
    public static final String ADDRESSEES = "addressees";
    public static final String NOTICE_TEXT = "noticeText";
    /** The unit seating the plan's office, named at issuance. */
    public static final String OFFICE = "office";
    /** ISSUE: the recipients (codes or groups) that must write their own implementation plan (配套方案). */
    public static final String SUB_PLAN_UNITS = "subPlanUnits";
    /** ISSUE: the working days they have for it (default {@code IssuanceService.DEFAULT_SUB_PLAN_WORKING_DAYS}). */
    public static final String SUB_PLAN_WORKING_DAYS = "subPlanWorkingDays";
    /** ACKNOWLEDGE refused: why the plan is not for the unit. */
    public static final String REASON = "reason";
    /** REROUTE: the unit code the plan goes to instead. */
    public static final String UNIT = "unit";
    /** REROUTE closed: why the refusal ends without re-routing. */
    public static final String COMMENT = "comment";
    /** A bulletin's recipient units. */
    public static final String UNITS = "units";
    public static final String READ_WORKING_DAYS = "readWorkingDays";
    /** Document number counters: the year and the next number. */
    public static final String YEAR = "year";
    public static final String NEXT = "next";
    /** The list of deliveries or bulletins: to-read or read. */
    public static final String SCOPE = "scope";

    private CirculationFields() {
    }
}
