package org.planflow.deadline;

import org.planflow.shared.InputProblem;

/** What task deadlines refuse; the API answers the English wording with the field, the views word {@code deadline.problem.<CODE>}. */
public enum DeadlineProblem implements InputProblem {
    /** A step's own deadline, where leaving it empty means the default. */
    DAYS_OUT_OF_RANGE("A deadline must be {0} to {1} working days, not {2}"),
    /** The administrator's deadline of a kind, where none is a choice of its own. */
    DAYS_OR_NONE("Enter {0} to {1} working days, or choose no deadline");

    private final String pattern;

    DeadlineProblem(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public String pattern() {
        return pattern;
    }

    @Override
    public String bundle() {
        return "deadline.problem";
    }
}
