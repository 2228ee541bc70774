package org.planflow.subplan;

/**
 * The form field names of the sub-plan tasks, as the API, the views, the tests and the refusals (their {@code field})
 * name them. The outcome is {@code inbox.TaskKinds.VAR_OUTCOME}.
 */
public final class SubplanFields {

    /** SUBMIT_SUB_PLAN: the unit's approved plan submitted for filing. */
    public static final String SUB_PLAN_ID = "subPlanId";
    /** FILE_SUB_PLAN returned: what the unit must revise. */
    public static final String COMMENT = "comment";

    private SubplanFields() {
    }
}
