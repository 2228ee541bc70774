package org.planflow.inbox;

import org.planflow.shared.InputProblem;

/**
 * Why a claim, release or completion of a task clashes with what happened to it (409): the API answers the
 * English wording with the code, the views word the code in the user's language ({@code inbox.problem.<CODE>}).
 */
public enum TaskProblem implements InputProblem {
    COMPLETED("task {0} was completed already"),
    CLOSED("task {0} is no longer open: its process moved on a moment ago (withdrawn, past its deadline or ended)"),
    HELD("task {0} is being handled by {1}"),
    NOT_HELD("task {0} is not claimed by you"),
    PERSONAL("task {0} is yours personally and cannot be given back to a unit"),
    CHANGED("task {0} was changed by someone else a moment ago; open it again");

    private final String english;

    TaskProblem(String english) {
        this.english = english;
    }

    @Override
    public String pattern() {
        return english;
    }

    @Override
    public String bundle() {
        return "inbox.problem";
    }

    @Override
    public boolean conflict() {
        return true;
    }

    /** The clash, of the task as a whole. */
    public RuntimeException of(Object... values) {
        return at(null, values);
    }
}
