package org.planflow.workpoints;

import org.planflow.shared.Conflict;
import org.planflow.shared.InputProblem;

/**
 * What drawing a year's work points refuses: the API answers the English wording with the field (400, or 409 for a
 * clash with what happened), the views word the code as {@code workpoints.problem.<CODE>}.
 */
public enum WorkPointsProblem implements InputProblem {
    @Conflict NOT_ISSUED,
    NOT_MULTI_YEAR,
    YEAR_REQUIRED,
    YEAR_OUTSIDE_PERIOD,
    @Conflict ALREADY_DRAWN,
    ITEMS_REQUIRED,
    ITEM_UNKNOWN,
    ITEM_TWICE,
    DUE_OUTSIDE_YEAR;

    @Override
    public String bundle() {
        return "workpoints.problem";
    }
}
