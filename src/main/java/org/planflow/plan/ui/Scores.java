package org.planflow.plan.ui;

import java.math.BigDecimal;

/** Points as the breakdown table prints them: 10 rather than 10.00, 2.5 as is. */
final class Scores {

    private Scores() {
    }

    static String format(BigDecimal score) {
        return score == null ? "" : score.stripTrailingZeros().toPlainString();
    }
}
