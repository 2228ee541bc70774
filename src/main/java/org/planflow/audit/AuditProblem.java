package org.planflow.audit;

import org.planflow.shared.InputProblem;

/** What reading the administration trail refuses; worded for the views as {@code trail.problem.<CODE>}. */
public enum AuditProblem implements InputProblem {
    CATEGORY_UNKNOWN("{0} is no category of the trail; use one of {1}");

    private final String pattern;

    AuditProblem(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public String bundle() {
        return "trail.problem";
    }

    @Override
    public String pattern() {
        return pattern;
    }
}
