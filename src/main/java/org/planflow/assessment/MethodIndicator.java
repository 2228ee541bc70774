package org.planflow.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator of a plan's assessment method (考核办法) as the office gives it: its category, name, points, scoring
 * method (评分方法, read into criteria as a breakdown row's is), the codes of its responsible units (lead unit first;
 * none: the plan's office unit, else its lead unit) and whether it is a bonus item (加分项), counted above the total.
 */
public record MethodIndicator(String category, String name, BigDecimal points, String scoringMethod, List<String> responsibleUnits,
                              Boolean bonus) {

    public MethodIndicator {
        responsibleUnits = responsibleUnits == null ? List.of() : List.copyOf(responsibleUnits);
    }

    public boolean isBonus() {
        return Boolean.TRUE.equals(bonus);
    }
}
