package org.planflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.planflow.calendar.CalendarImportException.Problem;

/** The rules one calendar day must keep, shared by the editor and the file import. */
final class DayRules {

    /** Years the calendar answers for; a date outside them is a typing error, not a plan. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    static final int MAX_NAME_LENGTH = 100;

    private DayRules() {
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    static boolean isSupportedYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The first rule the day breaks, or null; {@code name} is already stripped, null when blank. */
    static Violation check(LocalDate date, DayKind kind, String name) {
        if (!isSupportedYear(date.getYear())) {
            return new Violation("date", Problem.YEAR_OUT_OF_RANGE,
                    List.of(date.toString(), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        if (kind == DayKind.HOLIDAY && name == null) {
            return new Violation("name", Problem.HOLIDAY_WITHOUT_NAME, List.of());
        }
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            return new Violation("name", Problem.NAME_TOO_LONG, List.of(String.valueOf(MAX_NAME_LENGTH)));
        }
        if (kind == DayKind.WORKDAY && !isWeekend(date)) {
            return new Violation("kind", Problem.WORKDAY_ON_WEEKDAY,
                    List.of(date.toString(), date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        }
        return null;
    }

    static String normalizeName(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** A broken rule: the field it concerns, and the problem in the words the import uses too. */
    record Violation(String field, Problem problem, List<String> values) {
    }
}
