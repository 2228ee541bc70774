package org.planflow.inbox;

/**
 * Each user task in a BPMN file names its kind in an extension property, so the inbox, the API and
 * the task views know which form and rules apply without knowing the process.
 */
public final class TaskKinds {

    /** {@code <camunda:property name="kind" value="ACKNOWLEDGE"/>} on a user task. */
    public static final String PROPERTY = "kind";
    /** Process variables the inbox copies into its rows. */
    public static final String VAR_PLAN_ID = "planId";
    public static final String VAR_PLAN_TITLE = "planTitle";
    public static final String VAR_UNIT = "unitCode";
    /** The outcome a task completed with, shown in the done list. */
    public static final String VAR_OUTCOME = "outcome";

    private TaskKinds() {
    }
}
