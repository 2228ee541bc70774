package org.planflow.assessment;

import java.math.BigDecimal;

/** Points as people write them: 2, 0.5, 1.5, never 2.00 or 1E+1. */
public final class Points {

    private Points() {
    }

    public static BigDecimal of(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
