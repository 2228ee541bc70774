package org.planflow.calendar;

import org.planflow.shared.InputProblem;

/**
 * What the working calendar refuses besides a day's own rules (those are {@link CalendarImportException.Problem},
 * shared with the import): the API answers the English wording with the field, the views word the code as
 * {@code calendar.problem.<CODE>}.
 */
public enum CalendarProblem implements InputProblem {
    REQUIRED("this is required"),
    START_DATE_REQUIRED("a deadline needs a start date, got null"),
    DATE_TYPE_UNREADABLE("cannot read a date from a {0}"),
    DATE_UNREADABLE("''{0}'' is not an ISO-8601 date or date-time"),
    DATE_OUT_OF_RANGE("{0} is outside the years {1} to {2}"),
    YEAR_OUT_OF_RANGE("the year must lie between {0} and {1}"),
    DAYS_OUT_OF_RANGE("days must lie between -{0} and {0}"),
    KIND_REQUIRED("kind must be HOLIDAY or WORKDAY"),
    KIND_UNKNOWN("kind must be HOLIDAY or WORKDAY, not ''{0}''");

    private final String pattern;

    CalendarProblem(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public String pattern() {
        return pattern;
    }

    @Override
    public String bundle() {
        return "calendar.problem";
    }
}
