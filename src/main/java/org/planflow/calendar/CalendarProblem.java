package org.planflow.calendar;

import org.planflow.shared.InputProblem;

/**
 * What the working calendar refuses besides a day's own rules (those are {@link CalendarImportException.Problem},
 * shared with the import): the API answers the English wording with the field, the views word the code as
 * {@code calendar.problem.<CODE>}.
 */
public enum CalendarProblem implements InputProblem {
    REQUIRED,
    START_DATE_REQUIRED,
    DATE_TYPE_UNREADABLE,
    DATE_UNREADABLE,
    DATE_OUT_OF_RANGE,
    YEAR_OUT_OF_RANGE,
    DAYS_OUT_OF_RANGE,
    KIND_REQUIRED,
    KIND_UNKNOWN;

    @Override
    public String bundle() {
        return "calendar.problem";
    }
}
