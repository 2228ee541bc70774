package org.planflow.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.planflow.plan.UnitRef;

/**
 * Computes the results from a scored sheet: per category and in total for the district (bonus capped at the
 * bonus items' points), the points lost and why, and each unit's rate over the base indicators it answers for.
 * Units rank by rate, then by on-time report rate; equal on both, they share a rank (1, 1, 3).
 */
final class AssessmentResults {

    private static final int RATE_SCALE = 4;

    private AssessmentResults() {
    }

    static AssessmentResult compute(AssessmentSheet sheet, Map<String, Double> onTimeRates) {
        List<ScoredIndicator> base = sheet.indicators().stream().filter(scored -> !scored.indicator().bonus()).toList();
        List<ScoredIndicator> bonus = sheet.indicators().stream().filter(scored -> scored.indicator().bonus()).toList();
        Map<String, BigDecimal[]> categories = new LinkedHashMap<>();
        for (ScoredIndicator scored : base) {
            BigDecimal[] sums = categories.computeIfAbsent(scored.indicator().category(), key -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(scored.indicator().maxPoints());
            sums[1] = sums[1].add(scored.finalScore());
        }
        BigDecimal bonusMax = max(bonus);
        AssessmentResult.District district = new AssessmentResult.District(
                categories.entrySet().stream().map(entry -> new AssessmentResult.CategoryScore(entry.getKey(),
                        Points.of(entry.getValue()[0]), Points.of(entry.getValue()[1]))).toList(),
                Points.of(achieved(base)), Points.of(max(base)), Points.of(achieved(bonus).min(bonusMax)), Points.of(bonusMax));
        List<AssessmentResult.LostPoints> lost = base.stream().filter(scored -> scored.lostPoints().signum() > 0)
                .map(scored -> new AssessmentResult.LostPoints(scored.indicator().itemSeq(), scored.indicator().category(),
                        scored.indicator().name(), scored.indicator().maxPoints(), Points.of(scored.finalScore()), why(scored)))
                .toList();
        return new AssessmentResult(sheet.assessment(), district, lost, rank(sheet, onTimeRates));
    }

    private static List<AssessmentResult.UnitResult> rank(AssessmentSheet sheet, Map<String, Double> onTimeRates) {
        record Row(UnitRef unit, BigDecimal achieved, BigDecimal possible, BigDecimal rate, BigDecimal bonus, Double onTime) {
        }
        List<Row> rows = new ArrayList<>();
        for (UnitSubmission submission : sheet.units()) {
            String code = submission.unit().code();
            List<ScoredIndicator> own = sheet.indicators().stream().filter(scored -> scored.indicator().isResponsible(code)).toList();
            List<ScoredIndicator> base = own.stream().filter(scored -> !scored.indicator().bonus()).toList();
            BigDecimal possible = max(base);
            BigDecimal achieved = achieved(base);
            BigDecimal rate = possible.signum() == 0 ? null : achieved.divide(possible, RATE_SCALE, RoundingMode.HALF_UP);
            rows.add(new Row(submission.unit(), Points.of(achieved), Points.of(possible), rate == null ? null : Points.of(rate),
                    Points.of(achieved(own.stream().filter(scored -> scored.indicator().bonus()).toList())), onTimeRates.get(code)));
        }
        Comparator<Row> order = Comparator.comparing(Row::rate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Row::onTime, Comparator.nullsLast(Comparator.reverseOrder()));
        rows.sort(order.thenComparing(row -> row.unit().name()));
        List<AssessmentResult.UnitResult> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int rank = i > 0 && order.compare(rows.get(i - 1), row) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new AssessmentResult.UnitResult(row.unit(), row.achieved(), row.possible(), row.rate(), row.bonus(),
                    row.onTime(), rank));
        }
        return ranked;
    }

    /** The office's reason; for a kept self-score, the unit's explanation; for a lapsed unit, that it did not assess. */
    private static String why(ScoredIndicator scored) {
        if (scored.officeScore() != null && scored.reason() != null) {
            return scored.reason();
        }
        return scored.selfScore() == null ? "未自评" : Objects.requireNonNullElse(scored.explanation(), "");
    }

    private static BigDecimal max(List<ScoredIndicator> indicators) {
        return indicators.stream().map(scored -> scored.indicator().maxPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal achieved(List<ScoredIndicator> indicators) {
        return indicators.stream().map(ScoredIndicator::finalScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
