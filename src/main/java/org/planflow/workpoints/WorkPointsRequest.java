package org.planflow.workpoints;

import java.time.LocalDate;
import java.util.List;

/**
 * The office's draw of a year's work points: the year, and the plan's items chosen for it by number, each with its due
 * date in that year (null: the year's end).
 */
public record WorkPointsRequest(Integer year, List<Pick> items) {

    public WorkPointsRequest {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public record Pick(Integer seq, LocalDate dueDate) {
    }
}
