package org.planflow.calendar;

/** What changing the calendar writes to the administration trail; worded as {@code admin.action.<NAME>}. */
public enum CalendarAction {
    CALENDAR_DAY_SET, CALENDAR_DAY_CLEARED, CALENDAR_IMPORTED
}
