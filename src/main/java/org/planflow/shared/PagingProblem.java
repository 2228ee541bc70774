package org.planflow.shared;

/** What a request for a page of a list refuses; worded for the views as {@code paging.problem.<CODE>}. */
public enum PagingProblem implements InputProblem {
    PAGE_INVALID("page must be a whole number, 0 or more, not {0}"),
    SIZE_INVALID("size must be a whole number from 1 to {0}, not {1}");

    private final String pattern;

    PagingProblem(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public String bundle() {
        return "paging.problem";
    }

    @Override
    public String pattern() {
        return pattern;
    }
}
