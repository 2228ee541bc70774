package org.planflow.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Due dates for BPMN files, e.g. {@code camunda:dueDate="${deadlines.workingDaysFromNow(3)}"} or a
 * timer's {@code timeDate} {@code ${deadlines.workingDaysAfter(ackDue, -1)}}. A deadline is the end
 * of a working day: {@code planflow.calendar.end-of-day} (18:00) in the district's time zone.
 */
@Component("deadlines")
public class Deadlines {

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final LocalTime endOfDay;

    Deadlines(WorkingCalendar calendar, Clock clock, CalendarProperties properties) {
        this.calendar = calendar;
        this.clock = clock;
        this.endOfDay = properties.endOfDay();
    }

    /** The end of the working day {@code days} working days after today (the clock's today, in the district). */
    public Date workingDaysFromNow(int days) {
        return dueOn(calendar.addWorkingDays(LocalDate.now(clock.withZone(calendar.zone())), days));
    }

    /**
     * The end of the working day {@code days} working days after the district's day of {@code date}: a
     * {@link Date}, {@link Instant}, {@link LocalDate}, {@link LocalDateTime} (district time),
     * {@link OffsetDateTime}, {@link ZonedDateTime} or an ISO-8601 string of any of them.
     */
    public Date workingDaysAfter(Object date, int days) {
        return dueOn(calendar.addWorkingDays(districtDay(date), days));
    }

    /** 18:00 of the day; with 0 days from a day off, the next working day, since nothing falls due on a holiday. */
    private Date dueOn(LocalDate day) {
        LocalDate due = day;
        while (!calendar.isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        return Date.from(due.atTime(endOfDay).atZone(calendar.zone()).toInstant());
    }

    private LocalDate districtDay(Object date) {
        if (date == null) {
            throw CalendarProblem.START_DATE_REQUIRED.at("date");
        }
        if (date instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        if (date instanceof Date legacy) {
            return districtDay(legacy.toInstant());
        }
        if (date instanceof Instant instant) {
            return instant.atZone(calendar.zone()).toLocalDate();
        }
        if (date instanceof LocalDate local) {
            return local;
        }
        if (date instanceof LocalDateTime local) {
            return local.toLocalDate();
        }
        if (date instanceof OffsetDateTime offset) {
            return districtDay(offset.toInstant());
        }
        if (date instanceof ZonedDateTime zoned) {
            return districtDay(zoned.toInstant());
        }
        if (date instanceof CharSequence text) {
            return districtDay(parse(text.toString().strip()));
        }
        throw CalendarProblem.DATE_TYPE_UNREADABLE.at("date", date.getClass().getName());
    }

    private static Object parse(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
            return parsed;
        } catch (DateTimeParseException e) {
            throw CalendarProblem.DATE_UNREADABLE.at("date", text);
        }
    }
}
