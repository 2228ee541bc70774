package org.planflow.audit;

import org.planflow.shared.InputProblem;

/** What reading the administration trail refuses; worded for the views as {@code trail.problem.<CODE>}. */
public enum AuditProblem implements InputProblem {
    CATEGORY_UNKNOWN;

    @Override
    public String bundle() {
        return "trail.problem";
    }
}
