package org.planflow.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A score given for one indicator: by the lead unit (with its explanation) or by the office (with its reason
 * where it differs from the self-score). With criteria, the score is their sum, capped at the indicator's max.
 */
public record IndicatorInput(Integer itemSeq, BigDecimal score, String text, List<CriterionInput> criteria) {

    public IndicatorInput {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** A criterion's score; for the office, {@code reason} says why it differs from the self-score. */
    public record CriterionInput(Integer index, BigDecimal score, String reason) {
    }
}
