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
    PLANFLOW_TASK,
    /** Values: what (process instance, execution, process definition), its id or key, the process definition key. */
    PLANFLOW_PROCESS,
    /** Values: the operation's path. */
    MASS_OPERATION,
    /** Values: the operation's path. */
    JOB_TIME,
    /** Values: the operation's path. */
    HISTORY_KEPT,
    /** Values: the property that allows it. */
    DEPLOYMENTS_OFF;

    @Override
    public String bundle() {
        return "engine.problem";
    }
}
