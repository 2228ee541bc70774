package org.planflow.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A breakdown item as a document proposes it, with unit names as written and not yet matched: the
 * units named as leading (usually one) and as cooperating, and the text it was read from (its dates and targets).
 */
record ParsedItem(String category, String indicator, BigDecimal score, String scoringMethod, List<String> leads,
                  List<String> coops, LocalDate dueDate, String text) {

    ParsedItem {
        leads = List.copyOf(leads);
        coops = List.copyOf(coops);
    }
}
