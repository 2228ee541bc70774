package org.planflow.calendar.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.planflow.calendar.CalendarDay;
import org.planflow.calendar.DayKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CalendarRepository {

    private final JdbcClient jdbc;

    public CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarDay> daysOf(int year) {
        return jdbc.sql("SELECT day, kind, name FROM calendar_day WHERE day >= ? AND day < ? ORDER BY day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, i) -> day(rs))
                .list();
    }

    public Optional<CalendarDay> find(LocalDate day) {
        return jdbc.sql("SELECT day, kind, name FROM calendar_day WHERE day = ?")
                .param(day)
                .query((rs, i) -> day(rs))
                .optional();
    }

    public boolean isOfficial(int year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM calendar_year WHERE year = ?)").param(year).query(Boolean.class).single();
    }

    public List<Integer> officialYears() {
        return jdbc.sql("SELECT year FROM calendar_year ORDER BY year").query(Integer.class).list();
    }

    public void upsert(CalendarDay day) {
        jdbc.sql("""
                INSERT INTO calendar_day (day, kind, name) VALUES (?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name""")
                .params(day.date(), day.kind().name(), day.name())
                .update();
    }

    public void delete(LocalDate day) {
        jdbc.sql("DELETE FROM calendar_day WHERE day = ?").param(day).update();
    }

    /**
     * Makes imports wait for each other and for single-day edits, so two imports of one year cannot
     * interleave their delete and insert; readers are not blocked.
     */
    public void lockForImport() {
        jdbc.sql("LOCK TABLE calendar_day IN SHARE ROW EXCLUSIVE MODE").update();
    }

    public void deleteYear(int year) {
        jdbc.sql("DELETE FROM calendar_day WHERE day >= ? AND day < ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .update();
    }

    /** All days in one statement: a file of several years is one round trip, not hundreds. */
    public void insertAll(List<CalendarDay> days) {
        jdbc.sql("""
                INSERT INTO calendar_day (day, kind, name)
                SELECT d::date, k, n FROM unnest(?::varchar[], ?::varchar[], ?::varchar[]) AS t(d, k, n)""")
                .params(days.stream().map(day -> day.date().toString()).toArray(String[]::new),
                        days.stream().map(day -> day.kind().name()).toArray(String[]::new),
                        days.stream().map(CalendarDay::name).toArray(String[]::new))
                .update();
    }

    public void markOfficial(int year, String source) {
        jdbc.sql("""
                INSERT INTO calendar_year (year, source, updated_at) VALUES (?, ?, now())
                ON CONFLICT (year) DO UPDATE SET source = excluded.source, updated_at = excluded.updated_at""")
                .params(year, source)
                .update();
    }

    private static CalendarDay day(ResultSet rs) throws SQLException {
        return new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")), rs.getString("name"));
    }
}
