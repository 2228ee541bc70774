package org.planflow.inbox;

import java.util.List;

/** One page of the inbox with the total count of matching tasks. */
public record InboxPage(List<InboxEntry> items, int page, int size, long total) {
}
