package org.planflow.shared;

/**
 * A submitted value of the wrong shape or not one of the allowed choices (a task's fields, a list's scope, a
 * task's outcome); worded for the views as {@code field.problem.<CODE>}.
 */
public enum FieldValueProblem implements InputProblem {
    TEXTS_EXPECTED("this must be a list of texts"),
    WHOLE_NUMBER_EXPECTED("this must be a whole number"),
    DATE_EXPECTED("this must be a date like 2026-12-01, not {0}"),
    CHOICE_REQUIRED("this must be one of {0}"),
    CHOICE_UNKNOWN("this must be one of {0}, not {1}");

    private final String pattern;

    FieldValueProblem(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public String bundle() {
        return "field.problem";
    }

    @Override
    public String pattern() {
        return pattern;
    }

    /** The refusal of a value that is none of the choices (missing when null). */
    public static RuntimeException notOneOf(String field, Object value, String choices) {
        return value == null ? CHOICE_REQUIRED.at(field, choices) : CHOICE_UNKNOWN.at(field, choices, value);
    }
}
