package org.planflow.inbox;

import org.planflow.shared.Outcome;

/** The process variables every PlanFlow process sets for the inbox (a user task's kind: shared.process.TaskKindProperty). */
public final class TaskKinds {

    /** Process variables the inbox copies into its rows. */
    public static final String VAR_PLAN_ID = "planId";
    public static final String VAR_PLAN_TITLE = "planTitle";
    public static final String VAR_UNIT = "unitCode";
    /** The outcome a task completed with, shown in the done list. */
    public static final String VAR_OUTCOME = Outcome.VARIABLE;

    private TaskKinds() {
    }
}
