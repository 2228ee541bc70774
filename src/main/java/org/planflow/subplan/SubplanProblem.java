package org.planflow.subplan;

import org.planflow.shared.Conflict;
import org.planflow.shared.InputProblem;

/**
 * What submitting and filing sub-plans refuse: the API answers the English wording with the field (400, or 409 for a
 * clash with what happened), the views word the code as {@code subplan.problem.<CODE>}.
 */
public enum SubplanProblem implements InputProblem {
    SUB_PLAN_REQUIRED,
    SUB_PLAN_UNKNOWN,
    @Conflict SUB_PLAN_NOT_APPROVED,
    COMMENT_REQUIRED,
    COMMENT_TOO_LONG;

    @Override
    public String bundle() {
        return "subplan.problem";
    }
}
