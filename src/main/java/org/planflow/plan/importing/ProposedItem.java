package org.planflow.plan.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A breakdown item as a document proposes it, with unit names as written and not yet matched. */
record ProposedItem(String category, String indicator, BigDecimal score, String scoringMethod, String lead,
                    List<String> coops, LocalDate dueDate) {

    ProposedItem {
        coops = List.copyOf(coops);
    }
}
