package org.planflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planflow.PlanFlowTest;
import org.planflow.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@PlanFlowTest
class WorkingCalendarIT {

    @Autowired
    WorkingCalendar calendar;

    @Test
    void the_2026_spring_festival_is_nine_days_off_framed_by_two_make_up_saturdays() {
        for (LocalDate day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("%s is a day off", day).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).as("the Friday before").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).as("the Tuesday after").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).as("a plain Saturday").isFalse();
    }

    @ParameterizedTest(name = "{0} plus {1} working days is {2}")
    @CsvSource({
            "2026-02-13, 0, 2026-02-13",
            "2026-02-13, 1, 2026-02-14",
            "2026-02-13, 2, 2026-02-24",
            "2026-02-14, 1, 2026-02-24",
            "2026-02-16, 1, 2026-02-24",
            "2026-02-24, 4, 2026-02-28",
            "2026-09-30, 1, 2026-10-08",
            "2026-09-18, 1, 2026-09-20",
            "2025-12-31, 1, 2026-01-04",
            "2026-02-24, -1, 2026-02-14",
            "2026-02-24, -2, 2026-02-13",
            "2026-10-08, -1, 2026-09-30",
            "2026-02-18, -1, 2026-02-14"})
    void adding_working_days_skips_holidays_and_counts_make_up_days(LocalDate from, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
    }

    @Test
    void a_due_date_that_would_fall_in_the_national_day_holiday_moves_past_it() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).as("10-10 is a make-up Saturday")
                .isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @ParameterizedTest(name = "from {0}, {1} working days")
    @CsvSource({
            "2026-02-13, 0", "2026-02-13, 1", "2026-02-13, 2", "2026-02-13, 7", "2026-02-18, 1", "2026-02-18, -1",
            "2026-02-21, 3", "2026-02-21, -3", "2026-09-27, 10", "2026-10-04, -6", "2026-12-30, 5", "2027-01-02, -5"})
    void working_days_between_undoes_adding_working_days(LocalDate from, int days) {
        assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, days))).isEqualTo(days);
    }

    @Test
    void working_days_between_counts_after_from_up_to_and_including_to() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24))).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 13))).isEqualTo(-2);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))).isZero();
    }

    @Test
    void an_instant_keeps_its_time_of_day_in_the_district() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant friday = LocalDate.of(2026, 2, 13).atTime(9, 30).atZone(shanghai).toInstant();
        // 01:30 UTC is already Friday in Beijing: the district's day counts, not UTC's.
        assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 2, 24).atTime(9, 30).atZone(shanghai).toInstant());
        assertThat(calendar.zone()).isEqualTo(shanghai);
    }

    @Test
    void a_year_without_official_data_follows_the_monday_to_friday_rule() {
        assertThat(calendar.hasOfficialData(2027)).isFalse();
        assertThat(calendar.days(2027)).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("a Friday, no arrangement yet").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).as("a Saturday").isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 3, 5), 1)).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 3, 8), -1)).isEqualTo(LocalDate.of(2027, 3, 5));
    }

    @Test
    void the_seeded_years_are_official_and_list_their_exceptions_in_date_order() {
        assertThat(calendar.hasOfficialData(2025)).isTrue();
        assertThat(calendar.hasOfficialData(2026)).isTrue();
        List<CalendarDay> days = calendar.days(2026);
        assertThat(days).first().isEqualTo(new CalendarDay(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "元旦"));
        assertThat(days).last().isEqualTo(new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节调休上班"));
        assertThat(days).extracting(CalendarDay::date).isSorted();
        assertThat(days).filteredOn(day -> day.kind() == DayKind.WORKDAY).extracting(CalendarDay::date)
                .allSatisfy(date -> assertThat(date.getDayOfWeek().getValue()).isGreaterThanOrEqualTo(6));
    }

    @Test
    void the_shipped_seed_file_keeps_the_import_rules() throws Exception {
        try (var in = new ClassPathResource("db/changelog/data/cn-holidays-2025-2026.csv").getInputStream()) {
            List<CalendarDay> days = CalendarCsv.parse(in);
            assertThat(days).hasSize(calendar.days(2025).size() + calendar.days(2026).size());
        }
    }

    @Test
    void absurd_input_is_refused_naming_the_field() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), 1_000_000))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("days");
        assertThatThrownBy(() -> calendar.addWorkingDays((LocalDate) null, 1))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("from");
        assertThatThrownBy(() -> calendar.days(30000))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("year");
    }
}
