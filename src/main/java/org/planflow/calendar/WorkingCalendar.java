package org.planflow.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Placeholder with the plain weekday rule until the calendar feature lands. */
@Service
@Transactional(readOnly = true)
public class WorkingCalendar {

    public ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        int step = days < 0 ? -1 : 1;
        for (int counted = 0; counted < Math.abs(days); ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate start = sign > 0 ? from : to;
        LocalDate end = sign > 0 ? to : from;
        int count = 0;
        for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return sign * count;
    }

    public Instant addWorkingDays(Instant from, int days) {
        ZonedDateTime at = from.atZone(zone());
        return at.with(addWorkingDays(at.toLocalDate(), days)).toInstant();
    }
}
