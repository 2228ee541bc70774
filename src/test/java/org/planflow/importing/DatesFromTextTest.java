package org.planflow.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planflow.importing.DocumentWarning.Code.DATE_NOT_READ;
import static org.planflow.importing.DocumentWarning.Code.DATE_YEAR_ASSUMED;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planflow.shared.Cadence;
import org.planflow.shared.Milestone;
import org.planflow.shared.Period;

class DatesFromTextTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
    private static final Period YEAR_2027 = Period.ofYears(2027, 2027);
    private static final Period YEARS_2026_2028 = Period.ofYears(2026, 2028);

    @Test
    void a_date_with_its_year_and_month_end_is_the_due_date() {
        DatesFromText.Reading dates = read("2027年6月底前完成质量提升专项调研", YEARS_2026_2028);

        assertThat(dates.due()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(dates.milestones()).isEmpty();
        assertThat(dates.cadence()).isNull();
        assertThat(dates.warnings()).isEmpty();
    }

    @Test
    void a_day_of_a_month_takes_the_year_of_a_one_year_plan() {
        DatesFromText.Reading dates = read("6月30日前完成辖区企业摸底", YEAR_2027);

        assertThat(dates.due()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(dates.warnings()).isEmpty();
    }

    @Test
    void the_year_end_and_the_first_half_fall_in_the_plans_year() {
        assertThat(read("年底前建成质量基础设施一站式服务站", YEAR_2027).due()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(read("上半年完成培训", YEAR_2027).due()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(read("第三季度完成中期评估", YEAR_2027).due()).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void a_date_without_its_year_in_a_plan_of_several_years_takes_the_first_year_and_says_so() {
        DatesFromText.Reading dates = read("6月30日前完成辖区企业摸底", YEARS_2026_2028);

        assertThat(dates.due()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(dates.warnings()).containsExactly(DocumentWarning.of(DATE_YEAR_ASSUMED, 7, "6月30日前", 2026));
    }

    @Test
    void a_date_without_its_year_takes_the_year_written_before_it() {
        DatesFromText.Reading dates = read("2027年3月底前完成调研，6月底前出台方案，年底前全面实施", YEARS_2026_2028);

        assertThat(dates.due()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(dates.milestones()).containsExactly(new Milestone("2027年3月底前", LocalDate.of(2027, 3, 31)),
                new Milestone("6月底前", LocalDate.of(2027, 6, 30)));
        assertThat(dates.warnings()).isEmpty();
    }

    @Test
    void several_dates_make_the_last_the_due_date_and_the_others_milestones() {
        DatesFromText.Reading dates = read("上半年制定实施细则，2027年底前通过省级验收", YEAR_2027);

        assertThat(dates.due()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(dates.milestones()).containsExactly(new Milestone("上半年", LocalDate.of(2027, 6, 30)));
    }

    @Test
    void every_quarter_end_is_a_quarterly_item_due_at_the_plans_end() {
        DatesFromText.Reading dates = read("每季度末开展一次质量安全形势分析", YEARS_2026_2028);

        assertThat(dates.cadence()).isEqualTo(Cadence.QUARTERLY);
        assertThat(dates.due()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(dates.milestones()).isEmpty();
    }

    @Test
    void every_year_from_a_year_on_is_a_yearly_item_with_a_milestone_each_year_due_at_the_plans_end() {
        DatesFromText.Reading dates = read("2026年起每年开展一次质量提升示范创建", Period.ofYears(2025, 2028));

        assertThat(dates.cadence()).isEqualTo(Cadence.YEARLY);
        assertThat(dates.due()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(dates.milestones()).containsExactly(new Milestone("2026年", LocalDate.of(2026, 12, 31)),
                new Milestone("2027年", LocalDate.of(2027, 12, 31)));
    }

    @Test
    void a_monthly_item_reports_monthly() {
        assertThat(read("每月开展一次食品安全抽检", YEAR_2027).cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(read("每半年开展一次督查", YEAR_2027).cadence()).isEqualTo(Cadence.HALF_YEARLY);
    }

    @Test
    void a_lasting_task_is_due_at_the_plans_end() {
        DatesFromText.Reading dates = read("长期坚持质量诚信体系建设", YEARS_2026_2028);

        assertThat(dates.due()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(dates.cadence()).isNull();
    }

    @Test
    void the_year_a_date_leaves_out_comes_from_the_import_day_without_a_period_and_is_said_to_be_assumed() {
        DatesFromText.Reading dates = DatesFromText.read(3, "年底前完成", null, DAY);

        assertThat(dates.due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(dates.warnings()).containsExactly(DocumentWarning.of(DATE_YEAR_ASSUMED, 3, "年底前", 2026));
    }

    @Test
    void a_date_it_cannot_read_is_said_with_its_text() {
        assertThat(read("于20XX年X月前完成标准化示范区建设", YEAR_2027).warnings())
                .containsExactly(DocumentWarning.of(DATE_NOT_READ, 7, "于20XX年X月前完成标准化示范区建设"));
        assertThat(read("9月中旬组织质量月活动", YEAR_2027).warnings())
                .containsExactly(DocumentWarning.of(DATE_NOT_READ, 7, "中旬组织质量月活动"));
        assertThat(DatesFromText.read(7, "年底前完成", null, null).warnings())
                .containsExactly(DocumentWarning.of(DATE_NOT_READ, 7, "年底前"));
    }

    @Test
    void text_without_dates_has_none_and_no_warning() {
        DatesFromText.Reading dates = read("加强质量基础设施建设，提升检验检测能力", YEAR_2027);

        assertThat(dates).isEqualTo(new DatesFromText.Reading(null, List.of(), null, List.of()));
    }

    @Test
    void years_named_in_another_documents_title_are_no_dates() {
        assertThat(read("贯彻《质量发展纲要（2011-2020年）》，制定2027年质量工作要点", YEAR_2027).due()).isNull();
    }

    private static DatesFromText.Reading read(String text, Period period) {
        return DatesFromText.read(7, text, period, DAY);
    }
}
