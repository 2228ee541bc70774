package org.planflow.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.planflow.plan.UnitRef;

/**
 * The results of a year's assessment: the district's score per category, base total and bonus, the points lost
 * with the office's reasons, and the units ranked by their rate (得分率) on the indicators they answer for.
 */
public record AssessmentResult(Assessment assessment, District district, List<LostPoints> lost, List<UnitResult> units) {

    public AssessmentResult {
        lost = List.copyOf(lost);
        units = List.copyOf(units);
    }

    public record District(List<CategoryScore> categories, BigDecimal base, BigDecimal baseMax, BigDecimal bonus,
                           BigDecimal bonusMax) {

        public District {
            categories = List.copyOf(categories);
        }

        public BigDecimal total() {
            return base.add(bonus);
        }
    }

    public record CategoryScore(String name, BigDecimal max, BigDecimal score) {
    }

    /** An indicator that did not get its full points, and why (the office's reason, or the unit's explanation). */
    public record LostPoints(int itemSeq, String category, String indicator, BigDecimal max, BigDecimal score, String reason) {
    }

    /** A unit's points achieved over points possible on its base indicators, its bonus points and its report punctuality. */
    public record UnitResult(UnitRef unit, BigDecimal achieved, BigDecimal possible, BigDecimal rate, BigDecimal bonus,
                             Double onTimeRate, int rank) {
    }
}
