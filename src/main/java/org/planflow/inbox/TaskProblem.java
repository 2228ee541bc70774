package org.planflow.inbox;

import org.planflow.shared.Conflict;
import org.planflow.shared.InputProblem;

/**
 * Why a claim, release or completion of a task clashes with what happened to it (409): the API answers the
 * English wording with the code, the views word the code in the user's language ({@code inbox.problem.<CODE>}).
 */
public enum TaskProblem implements InputProblem {
    @Conflict COMPLETED,
    @Conflict CLOSED,
    @Conflict HELD,
    @Conflict NOT_HELD,
    @Conflict PERSONAL,
    @Conflict CHANGED;

    @Override
    public String bundle() {
        return "inbox.problem";
    }

    /** The clash, of the task as a whole. */
    public RuntimeException of(Object... values) {
        return at(null, values);
    }
}
