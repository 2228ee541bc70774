package org.planflow.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A plan's assessment method (考核办法): its indicators in order and the stated total (满分) of the non-bonus ones. */
public record AssessmentMethod(long planId, BigDecimal statedTotal, List<MethodIndicator> indicators, String setBy, Instant setAt) {

    public AssessmentMethod {
        indicators = List.copyOf(indicators);
    }
}
