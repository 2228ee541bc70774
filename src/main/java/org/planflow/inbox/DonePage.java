package org.planflow.inbox;

import java.util.List;

/** One page of the done list with the total count. */
public record DonePage(List<DoneEntry> items, int page, int size, long total) {
}
