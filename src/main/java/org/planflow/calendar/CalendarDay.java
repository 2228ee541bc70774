package org.planflow.calendar;

import java.time.LocalDate;

/** A day that differs from the Monday–Friday rule; {@code name} says why (春节), optional for make-up working days. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
}
