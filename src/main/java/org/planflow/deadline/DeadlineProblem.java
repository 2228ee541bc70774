package org.planflow.deadline;

import org.planflow.shared.InputProblem;

/** What task deadlines refuse; the API answers the English wording with the field, the views word {@code deadline.problem.<CODE>}. */
public enum DeadlineProblem implements InputProblem {
    /** A step's own deadline, where leaving it empty means the default. */
    DAYS_OUT_OF_RANGE,
    /** The administrator's deadline of a kind, where none is a choice of its own. */
    DAYS_OR_NONE;

    @Override
    public String bundle() {
        return "deadline.problem";
    }
}
