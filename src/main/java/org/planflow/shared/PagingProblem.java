package org.planflow.shared;

/** What a request for a page of a list refuses; worded for the views as {@code paging.problem.<CODE>}. */
public enum PagingProblem implements InputProblem {
    PAGE_INVALID,
    SIZE_INVALID;

    @Override
    public String bundle() {
        return "paging.problem";
    }
}
