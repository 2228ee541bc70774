package org.planflow.calendar;

import java.util.List;

/** What an import replaced: the years it covered (now official) and how many days it stored. */
public record ImportResult(List<Integer> years, int days) {
}
