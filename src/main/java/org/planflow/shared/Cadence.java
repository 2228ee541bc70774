package org.planflow.shared;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often the lead unit reports (or a plan meets): each month, quarter (the default), half year or year, on the calendar's periods. */
public enum Cadence {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

    /** The most calendar days after a period's end a report may fall due ("每季度末5日前报送": 5). */
    public static final int MAX_REPORT_DUE_DAYS = 60;

    private final int months;

    Cadence(int months) {
        this.months = months;
    }

    /** The last day of the period that contains the day. */
    public LocalDate periodEnd(LocalDate day) {
        int lastMonth = ((day.getMonthValue() - 1) / months + 1) * months;
        return day.withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The period's name: 2027-01, 2027-Q1, 2027-H1 or 2027. */
    public String period(LocalDate day) {
        int index = (day.getMonthValue() - 1) / months + 1;
        return switch (this) {
            case MONTHLY -> day.getYear() + "-" + String.format("%02d", day.getMonthValue());
            case QUARTERLY -> day.getYear() + "-Q" + index;
            case HALF_YEARLY -> day.getYear() + "-H" + index;
            case YEARLY -> String.valueOf(day.getYear());
        };
    }
}
