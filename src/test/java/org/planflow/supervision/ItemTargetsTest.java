package org.planflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.planflow.shared.Target;
import org.planflow.supervision.persistence.ReviewRepository.ItemLine;

/** Where a target stands by its latest value: met or not, on its line from baseline to value or behind it. */
class ItemTargetsTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2027, 12, 31);
    private static final Target RATE = new Target("抽检合格率", "%", Target.Direction.GE, new BigDecimal("95"),
            new BigDecimal("90"), null);
    private static final Target COMPLAINTS = new Target("投诉率", "‰", Target.Direction.LE, new BigDecimal("2"),
            new BigDecimal("4"), 2027);
    private static final Target NO_BASELINE = new Target("检测机构", "家", Target.Direction.GE, new BigDecimal("10"), null, null);

    @Test
    void a_value_below_the_line_at_mid_year_is_behind_and_one_above_it_on_track() {
        LocalDate midYear = LocalDate.of(2027, 7, 2);
        assertThat(standing(RATE, "92", midYear).onTrack()).as("the line stands at 92.5").isFalse();
        assertThat(standing(RATE, "93", midYear).onTrack()).isTrue();
        assertThat(standing(RATE, "96", midYear).met()).isTrue();
    }

    @Test
    void a_target_to_stay_within_falls_behind_above_its_line() {
        LocalDate midYear = LocalDate.of(2027, 7, 2);
        assertThat(standing(COMPLAINTS, "3.5", midYear).onTrack()).as("the line stands at 3").isFalse();
        assertThat(standing(COMPLAINTS, "2.8", midYear).onTrack()).isTrue();
        assertThat(standing(COMPLAINTS, "2", midYear).met()).isTrue();
    }

    @Test
    void without_a_baseline_only_its_due_tells() {
        assertThat(standing(NO_BASELINE, "3", LocalDate.of(2027, 11, 30)).onTrack()).isTrue();
        assertThat(standing(NO_BASELINE, "3", DUE).onTrack()).isFalse();
    }

    @Test
    void nothing_reported_is_neither_met_nor_behind() {
        ItemTargets.Standing standing = ItemTargets.standings(List.of(RATE), Map.of(), START, DUE, DUE).get(0);
        assertThat(standing.met()).isFalse();
        assertThat(standing.onTrack()).isTrue();
        assertThat(ItemTargets.describe(standing)).isEqualTo("抽检合格率 ≥95%：未报送");
    }

    @Test
    void the_quarterly_report_lists_each_target_with_its_latest_value_and_whether_it_is_on_track() {
        ItemLine line = new ItemLine(1, 1, "提升产品抽检合格率", "区市场监管局", DUE, ItemStatus.IN_PROGRESS, Light.YELLOW, false,
                "完成一季度抽检", 25, ReportStatus.ON_TRACK, START, List.of(RATE, COMPLAINTS),
                Map.of("抽检合格率", new BigDecimal("90.5"), "投诉率", new BigDecimal("1.8")));
        String text = QuarterlyReportText.compile("质量提升方案", Quarter.parse("2027-Q1"), List.of(line), List.of());
        assertThat(text).contains("指标：抽检合格率 ≥95%：最新90.5%，未达标，进度滞后；投诉率 ≤2‰：最新1.8‰，已达标。");
    }

    private static ItemTargets.Standing standing(Target target, String value, LocalDate today) {
        return ItemTargets.standings(List.of(target), Map.of(target.name(), new BigDecimal(value)), START, DUE, today).get(0);
    }
}
