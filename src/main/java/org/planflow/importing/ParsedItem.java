package org.planflow.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A breakdown item as a document proposes it, with unit names as written and not yet matched: the
 * units named as leading (usually one) and as cooperating.
 */
record ParsedItem(String category, String indicator, BigDecimal score, String scoringMethod, List<String> leads,
                  List<String> coops, LocalDate dueDate) {

    ParsedItem {
        leads = List.copyOf(leads);
        coops = List.copyOf(coops);
    }

    /** Units listed without roles, as tables and sentences name them: the first leads, the others cooperate. */
    static ParsedItem listed(String category, String indicator, BigDecimal score, String scoringMethod, List<String> units,
                             LocalDate dueDate) {
        return new ParsedItem(category, indicator, score, scoringMethod, units.isEmpty() ? List.of() : units.subList(0, 1),
                units.isEmpty() ? List.of() : units.subList(1, units.size()), dueDate);
    }
}
