package org.planflow.security;

import org.planflow.shared.InputProblem;

/**
 * Everything the engine's own doors (/engine-rest and the web apps' engine API behind Cockpit and Tasklist) refuse
 * an administrator, as a code with the values its wording needs; answered 403 as problem+json with the English
 * wording, worded in both languages as {@code engine.problem.<CODE>}. The same call is refused whatever state the
 * process is in, hence 403 and not 409.
 */
public enum EngineDoorProblem implements InputProblem {
    /** Values: task id, kind, the PlanFlow API call, the PlanFlow page. */
    PLANFLOW_TASK("task {0} is PlanFlow''s {1} task: do it in PlanFlow, with {2} or on its page {3}, where its rules apply; "
            + "the engine''s doors only read it"),
    /** Values: what (process instance, execution, process definition), its id or key, the process definition key. */
    PLANFLOW_PROCESS("{0} {1} belongs to PlanFlow''s process {2}: its variables, path and life follow PlanFlow''s rules, "
            + "so the engine''s doors only read it"),
    /** Values: the operation's path. */
    MASS_OPERATION("{0} reaches PlanFlow''s processes past their rules, so the engine''s doors refuse it"),
    /** Values: the operation's path. */
    JOB_TIME("{0}: a job''s time follows PlanFlow''s deadlines and working calendar, so the engine''s doors change only "
            + "its retries and priority"),
    /** Values: the operation's path. */
    HISTORY_KEPT("{0}: the engine''s history is kept as the record of who did what, so the engine''s doors do not delete it"),
    /** Values: the property that allows it. */
    DEPLOYMENTS_OFF("deploying through the engine''s doors is switched off here ({0}=false): PlanFlow''s processes come with "
            + "its release");

    private final String english;

    EngineDoorProblem(String english) {
        this.english = english;
    }

    @Override
    public String pattern() {
        return english;
    }

    @Override
    public String bundle() {
        return "engine.problem";
    }
}
