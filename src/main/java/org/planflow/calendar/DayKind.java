package org.planflow.calendar;

/** How a day differs from the Monday–Friday rule. */
public enum DayKind {
    /** A day off, even on a weekday (法定节假日). */
    HOLIDAY,
    /** A make-up working day on a Saturday or Sunday (调休上班). */
    WORKDAY
}
