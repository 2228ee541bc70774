package org.planflow.shared;

/**
 * A submitted value of the wrong shape or not one of the allowed choices (a task's fields, a list's scope, a
 * task's outcome); worded for the views as {@code field.problem.<CODE>}.
 */
public enum FieldValueProblem implements InputProblem {
    REQUIRED,
    /** Values: the value given, e.g. a page number that is no number. */
    VALUE_INVALID,
    TEXTS_EXPECTED,
    WHOLE_NUMBER_EXPECTED,
    DATE_EXPECTED,
    DATES_EXPECTED,
    OBJECTS_EXPECTED,
    CHOICE_REQUIRED,
    CHOICE_UNKNOWN;

    @Override
    public String bundle() {
        return "field.problem";
    }

    /** The refusal of a value that is none of the choices (missing when null). */
    public static RuntimeException notOneOf(String field, Object value, String choices) {
        return value == null ? CHOICE_REQUIRED.at(field, choices) : CHOICE_UNKNOWN.at(field, choices, value);
    }
}
