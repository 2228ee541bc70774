package org.planflow.calendar.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.planflow.calendar.CalendarDay;

/** How a day cell looks: one per colour of the legend. */
enum DayLook {
    HOLIDAY("calendar.legend.holiday", "calendar.kind.holiday", "calendar.mark.holiday",
            "var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"),
    WORKDAY("calendar.legend.workday", "calendar.kind.workday", "calendar.mark.workday",
            "var(--lumo-primary-color-10pct)", "var(--lumo-primary-text-color)"),
    WEEKEND("calendar.legend.weekend", "calendar.kind.weekend", null,
            "var(--lumo-contrast-10pct)", "var(--lumo-secondary-text-color)"),
    WORKING("calendar.legend.working", "calendar.kind.working", null,
            "var(--lumo-base-color)", "var(--lumo-body-text-color)");

    final String legend;
    final String kind;
    final String mark;
    final String background;
    final String color;

    DayLook(String legend, String kind, String mark, String background, String color) {
        this.legend = legend;
        this.kind = kind;
        this.mark = mark;
        this.background = background;
        this.color = color;
    }

    static DayLook of(LocalDate date, CalendarDay exception) {
        if (exception != null) {
            return switch (exception.kind()) {
                case HOLIDAY -> HOLIDAY;
                case WORKDAY -> WORKDAY;
            };
        }
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? WEEKEND : WORKING;
    }
}
