package org.planflow.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.planflow.shared.Period;

class PeriodFromTextTest {

    /** The import's day: December 2026, when a plan for 2027 is issued. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @Test
    void a_span_of_years_in_the_text_is_the_period() {
        assertThat(period("质量兴区工作实施方案", "现就2010-2015年质量兴区工作提出如下实施意见。")).isEqualTo(Period.ofYears(2010, 2015));
        assertThat(period("质量提升行动方案", "本方案实施期限为2026—2028年。")).isEqualTo(Period.ofYears(2026, 2028));
    }

    @Test
    void a_span_in_the_title_comes_before_the_text() {
        assertThat(period("质量强区三年行动方案（2026—2028年）", "到2030年，质量总体水平显著提升。")).isEqualTo(Period.ofYears(2026, 2028));
    }

    @Test
    void another_documents_span_quoted_in_book_title_marks_is_not_the_plans() {
        assertThat(read("实施方案", "贯彻落实《质量发展纲要(2011-2020年)》，现就2026—2027年工作提出方案。")).isEqualTo(
                new PeriodFromText.Reading(Period.ofYears(2026, 2027), false));
        assertThat(read("实施方案", "贯彻落实《质量发展纲要(2011-2020年)》。")).isNull();
    }

    @Test
    void a_title_naming_its_year_runs_for_that_year() {
        assertThat(period("2027年质量强区工作方案", "")).isEqualTo(Period.ofYears(2027, 2027));
        assertThat(period("埇桥区2022年度创建“安徽省质量强区”工作推进方案", "")).isEqualTo(Period.ofYears(2022, 2022));
    }

    @Test
    void a_business_year_in_the_text_is_the_period() {
        assertThat(period("质量强区工作推进方案", "制定2022年度质量强区工作推进方案。")).isEqualTo(Period.ofYears(2022, 2022));
    }

    @Test
    void a_horizon_runs_from_the_texts_own_date() {
        assertThat(read("实施方案", "西宁市人民政府办公厅\n2015年8月21日\n力争到2020年，质量总体水平达到全省平均水平。"))
                .isEqualTo(new PeriodFromText.Reading(Period.ofYears(2015, 2020), false));
        assertThat(read("实施方案", "二○一○年九月七日\n到2015年底全民质量意识普遍提高。"))
                .isEqualTo(new PeriodFromText.Reading(Period.ofYears(2010, 2015), false));
    }

    @Test
    void a_horizon_without_a_date_runs_from_the_imports_year_and_says_so() {
        assertThat(read("实施方案", "到2028年，质量总体水平显著提升。"))
                .isEqualTo(new PeriodFromText.Reading(Period.ofYears(2026, 2028), true));
    }

    @Test
    void this_year_is_the_imports_year() {
        assertThat(period("质量工作要点", "今年要重点抓好以下工作。")).isEqualTo(Period.ofYears(2026, 2026));
        assertThat(PeriodFromText.read("质量工作要点", "今年要重点抓好以下工作。", null)).isNull();
    }

    @Test
    void a_text_without_years_has_no_period() {
        assertThat(read("关于开展质量强县工作的实施意见", "XX县质量强县规划(20XX-20XX年)已经通过。")).isNull();
    }

    private static Period period(String title, String text) {
        return read(title, text).period();
    }

    private static PeriodFromText.Reading read(String title, String text) {
        return PeriodFromText.read(title, text, DAY);
    }
}
