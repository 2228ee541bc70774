package org.planflow.shared;

import java.time.LocalDate;

/**
 * The time a plan runs for (实施期限), from its first to its last day, e.g. 2026-01-01 to 2028-12-31 for "2026—2028年".
 * As the API receives it, it is checked where it is used (a start after its end is refused there, with its field).
 */
public record Period(LocalDate start, LocalDate end) {

    /** The whole calendar years from the first to the last, e.g. 2010–2015. */
    public static Period ofYears(int first, int last) {
        return new Period(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether it spans more than one calendar year. */
    public boolean multiYear() {
        return end.getYear() > start.getYear();
    }

    /** Whole years as "2026–2028" (one year: "2027"), any other span as "2027-03-01–2027-09-30". */
    public String label() {
        boolean wholeYears = start.getMonthValue() == 1 && start.getDayOfMonth() == 1 && end.getMonthValue() == 12
                && end.getDayOfMonth() == 31;
        if (!wholeYears) {
            return start + "–" + end;
        }
        return start.getYear() == end.getYear() ? String.valueOf(start.getYear()) : start.getYear() + "–" + end.getYear();
    }
}
