package org.planflow.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.planflow.importing.DocumentWarning.Code.ITEM_REPORT_DAY_NOT_KEPT;
import static org.planflow.importing.DocumentWarning.Code.REPORT_DAY_IN_PERIOD;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.planflow.shared.Cadence;

/** The report cadence and its due days read from the text, each form on a text of its own (decision 066). */
class ReportingFromTextTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @Test
    void days_after_the_periods_end_are_read_as_written() {
        assertThat(read("各单位于每季度末5日前报送工作进展情况。")).isEqualTo(tuple(Cadence.QUARTERLY, 5, false));
        assertThat(read("每季度结束后10日内报送督查情况。")).isEqualTo(tuple(Cadence.QUARTERLY, 10, false));
        assertThat(read("请于每月结束后5天内上报。")).isEqualTo(tuple(Cadence.MONTHLY, 5, false));
    }

    @Test
    void a_day_of_the_month_itself_is_read_as_the_periods_last_day_and_flagged() {
        assertThat(read("请于每月25日前将进展情况报送区质量办。")).isEqualTo(tuple(Cadence.MONTHLY, 0, true));
        assertThat(read("各责任单位每月20号前报送工作台账。")).isEqualTo(tuple(Cadence.MONTHLY, 0, true));
        assertThat(ReportingFromText.read("请于每月25日前将进展情况报送区质量办。").phrase()).isEqualTo("每月25日前将进展情况报送");
    }

    @Test
    void a_day_that_reports_on_the_period_before_counts_from_that_periods_end() {
        assertThat(read("各单位每月5日前报送上月工作进展。")).isEqualTo(tuple(Cadence.MONTHLY, 5, false));
        assertThat(read("每季度10日前报送上一季度工作情况。")).isEqualTo(tuple(Cadence.QUARTERLY, 10, false));
    }

    @Test
    void a_cadence_without_a_day_has_no_due_days() {
        assertThat(read("各成员单位每半年报送一次工作总结。")).isEqualTo(tuple(Cadence.HALF_YEARLY, null, false));
        assertThat(read("每年12月底前将全年工作总结上报区政府。")).isEqualTo(tuple(Cadence.YEARLY, null, false));
        // working days are not read (no seed writes them): the cadence stays, the office sets the days
        assertThat(read("每季度结束后10个工作日内报送。")).isEqualTo(tuple(Cadence.QUARTERLY, null, false));
    }

    @Test
    void meetings_and_assessments_that_recur_are_no_reports() {
        assertThat(ReportingFromText.read("每半年召开一次成员单位联席会，听取工作汇报。每年考核一次，考核结果报告县政府。"))
                .isEqualTo(ReportingFromText.Reporting.UNSAID);
    }

    @Test
    void a_plan_asking_for_monthly_reports_by_the_25th_reports_monthly_due_at_the_months_end_with_a_warning() {
        ImportedDocument plan = importText("""
                2027年质量强区工作方案
                一、主要任务
                （一）开展食品安全抽检。（牵头单位：区市场监管局）
                二、工作要求
                各单位于每月25日前将工作进展情况报送区质量办。
                """);

        assertThat(plan.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(plan.reportDueDays()).isZero();
        assertThat(plan.warnings()).contains(DocumentWarning.of(REPORT_DAY_IN_PERIOD, "每月25日前将工作进展情况报送"));
        assertThat(DocumentWarning.of(REPORT_DAY_IN_PERIOD, "每月25日前报送").english())
                .isEqualTo("\"每月25日前报送\" asks for the report within its period; report days count from the period's end, so it"
                        + " was read as due on the period's last day (0 days); please check");
    }

    @Test
    void an_item_with_a_report_day_of_its_own_keeps_its_cadence_and_the_office_is_told_about_the_day() {
        ImportedDocument plan = importText("""
                2027年质量强区工作方案
                一、工作机制
                各单位于每季度末5日前报送工作进展情况。
                二、主要任务
                （一）开展食品安全抽检，每月10日前报送上月抽检数据。（牵头单位：区市场监管局）
                （二）建设质量基础设施一站式服务站。（牵头单位：区科技局）
                """);

        assertThat(plan.cadence()).isEqualTo(Cadence.QUARTERLY);
        assertThat(plan.reportDueDays()).isEqualTo(5);
        assertThat(plan.items()).extracting(ProposedItem::cadence).containsExactly(Cadence.MONTHLY, null);
        assertThat(plan.warnings()).contains(DocumentWarning.of(ITEM_REPORT_DAY_NOT_KEPT, 1, "每月10日前报送"))
                .noneMatch(warning -> warning.code() == REPORT_DAY_IN_PERIOD);
    }

    private static org.assertj.core.groups.Tuple read(String text) {
        ReportingFromText.Reporting reporting = ReportingFromText.read(text);
        return tuple(reporting.cadence(), reporting.dueDays(), reporting.dayMoved());
    }

    private static ImportedDocument importText(String text) {
        return new DocumentImporter(Seeds.demoMatcher(), Seeds.LIMIT).read("方案.txt", text.getBytes(StandardCharsets.UTF_8), DAY);
    }
}
