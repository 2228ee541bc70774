package org.planflow.calendar;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.planflow.audit.AuditCategory;
import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.calendar.persistence.CalendarRepository;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Roles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days (工作日) on the district's calendar: Monday to Friday, except statutory holidays, plus
 * make-up working days on weekends. Only the exceptions are stored. Every deadline is computed here,
 * so the exceptions of each year are cached in memory ({@link CalendarYears}).
 * <p>
 * Reading needs no login: BPMN timers evaluate deadlines in the job executor, where nobody is logged in.
 */
@Service
// SUPPORTS: a cached answer must not take a connection from the pool; a cache miss joins the caller's transaction if any.
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@EnableConfigurationProperties(CalendarProperties.class)
public class WorkingCalendar {

    /** The most working days one calculation may step, about forty years; more is a typing error. */
    public static final int MAX_DAYS = 10_000;

    private final CalendarRepository repository;
    private final CalendarYears cache;
    private final CalendarProperties properties;
    private final AuditService audit;

    WorkingCalendar(CalendarRepository repository, CalendarYears cache, CalendarProperties properties, AuditService audit) {
        this.repository = repository;
        this.cache = cache;
        this.properties = properties;
        this.audit = audit;
    }

    /** The district's time zone: the day a deadline falls on is the day in this zone. */
    public ZoneId zone() {
        return properties.zone();
    }

    public boolean isWorkingDay(LocalDate date) {
        requireDate(date, "date");
        CalendarDay exception = cache.year(date.getYear()).days().get(date);
        if (exception != null) {
            return exception.kind() == DayKind.WORKDAY;
        }
        return !DayRules.isWeekend(date);
    }

    /**
     * The day {@code days} working days after {@code from} (before it, when negative): steps day by
     * day, counting only working days. {@code from} itself never counts; 0 returns {@code from}.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        requireDate(from, "from");
        requireDays(days);
        int step = days < 0 ? -1 : 1;
        LocalDate date = from;
        int counted = 0;
        while (counted < Math.abs(days)) {
            date = date.plusDays(step);
            requireDate(date, "days");
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The working days after {@code from} up to and including {@code to}. When {@code to} is before
     * {@code from}: minus the working days from {@code to} up to but excluding {@code from}. Either
     * way {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        requireDate(from, "from");
        requireDate(to, "to");
        if (to.isBefore(from)) {
            return -count(to, from.minusDays(1));
        }
        return count(from.plusDays(1), to);
    }

    /** The same instant of the day in the district's time zone, {@code days} working days later. */
    public Instant addWorkingDays(Instant from, int days) {
        if (from == null) {
            throw CalendarProblem.REQUIRED.at("from");
        }
        ZonedDateTime local = from.atZone(zone());
        return local.with(addWorkingDays(local.toLocalDate(), days)).toInstant();
    }

    /** Whether the State Council's arrangement for the year is loaded; without it only the weekend rule applies. */
    public boolean hasOfficialData(int year) {
        return DayRules.isSupportedYear(year) && cache.year(year).official();
    }

    /** The years with an official arrangement, ascending. */
    public List<Integer> officialYears() {
        return repository.officialYears();
    }

    /** The exceptions of a year in date order: holidays and make-up working days. */
    public List<CalendarDay> days(int year) {
        requireYear(year);
        return cache.year(year).ordered();
    }

    /** The exception stored for the date, if the date differs from the Monday–Friday rule. */
    public Optional<CalendarDay> day(LocalDate date) {
        requireDate(date, "date");
        return Optional.ofNullable(cache.year(date.getYear()).days().get(date));
    }

    /** Makes the date a holiday (with a name) or a make-up working day (only a Saturday or Sunday). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setDay(LocalDate date, DayKind kind, String name) {
        requireDate(date, "date");
        if (kind == null) {
            throw CalendarProblem.KIND_REQUIRED.at("kind");
        }
        String normalized = DayRules.normalizeName(name);
        DayRules.Violation violation = DayRules.check(date, kind, normalized);
        if (violation != null) {
            throw violation.problem().at(violation.field(), violation.values().toArray());
        }
        Optional<CalendarDay> before = day(date);
        CalendarDay after = new CalendarDay(date, kind, normalized);
        repository.upsert(after);
        cache.changed(Set.of(date.getYear()));
        record(CalendarAction.CALENDAR_DAY_SET, date, describe(before) + " → " + describe(Optional.of(after)));
    }

    /** Returns the date to the Monday–Friday rule. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void clearDay(LocalDate date) {
        requireDate(date, "date");
        Optional<CalendarDay> before = day(date);
        repository.delete(date);
        cache.changed(Set.of(date.getYear()));
        record(CalendarAction.CALENDAR_DAY_CLEARED, date, describe(before) + " → " + describe(Optional.empty()));
    }

    /**
     * Replaces the calendar of every year the file mentions and marks those years official. The file is
     * {@code date,kind,name} in UTF-8, like the State Council data shipped with PlanFlow; one bad line
     * refuses the whole file ({@link CalendarImportException} lists them all) and nothing changes.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public ImportResult importCsv(InputStream csv) {
        List<CalendarDay> days = CalendarCsv.parse(csv);
        SortedSet<Integer> years = new TreeSet<>();
        days.forEach(day -> years.add(day.date().getYear()));
        repository.lockForImport();
        years.forEach(repository::deleteYear);
        repository.insertAll(days);
        String source = "CSV import by " + CurrentUser.username().orElse("system");
        years.forEach(year -> repository.markOfficial(year, source));
        cache.changed(years);
        String yearList = years.stream().map(String::valueOf).collect(Collectors.joining(","));
        audit.record(AuditRecord.of(AuditCategory.SETTINGS, CalendarAction.CALENDAR_IMPORTED).withSubject("calendar:" + yearList)
                .withDetails(yearList + ": " + days.size()));
        return new ImportResult(List.copyOf(years), days.size());
    }

    private void record(CalendarAction action, LocalDate date, String change) {
        audit.record(AuditRecord.of(AuditCategory.SETTINGS, action).withSubject("calendar:" + date).withDetails(change));
    }

    /** A day as the trail shows it: its exception (HOLIDAY 国庆节, WORKDAY) or the weekday rule. */
    private static String describe(Optional<CalendarDay> day) {
        return day.map(exception -> exception.kind() + (exception.name() == null ? "" : " " + exception.name())).orElse("-");
    }

    /** Drops the whole cache; for tests that reset the tables behind the service's back. */
    void evictCache() {
        cache.evictAll();
    }

    private int count(LocalDate first, LocalDate last) {
        int count = 0;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private static void requireDate(LocalDate date, String field) {
        if (date == null) {
            throw CalendarProblem.REQUIRED.at(field);
        }
        if (!DayRules.isSupportedYear(date.getYear())) {
            throw CalendarProblem.DATE_OUT_OF_RANGE.at(field, date, DayRules.FIRST_YEAR, DayRules.LAST_YEAR);
        }
    }

    private static void requireYear(int year) {
        if (!DayRules.isSupportedYear(year)) {
            throw CalendarProblem.YEAR_OUT_OF_RANGE.at("year", DayRules.FIRST_YEAR, DayRules.LAST_YEAR);
        }
    }

    private static void requireDays(int days) {
        if (days < -MAX_DAYS || days > MAX_DAYS) {
            throw CalendarProblem.DAYS_OUT_OF_RANGE.at("days", MAX_DAYS);
        }
    }

}
