package org.planflow.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan's indicators with their totals: points per category, the base total against the stated one (100) and
 * the bonus total against its own cap (5). A table whose totals differ from the stated ones is shown with that.
 * {@code byMethod}: the indicators are the plan's assessment method's (考核办法), not its breakdown table's scored rows.
 */
public record IndicatorTable(List<Indicator> indicators, List<CategoryTotal> categories, BigDecimal base, BigDecimal statedBase,
                             BigDecimal bonus, BigDecimal statedBonus, boolean byMethod) {

    public IndicatorTable {
        indicators = List.copyOf(indicators);
        categories = List.copyOf(categories);
    }

    /** A category's points, in the order the table first names it. */
    public record CategoryTotal(String name, boolean bonus, int indicators, BigDecimal points) {
    }

    public boolean baseMatches() {
        return base.compareTo(statedBase) == 0;
    }

    public boolean bonusMatches() {
        return bonus.compareTo(statedBonus) == 0;
    }
}
