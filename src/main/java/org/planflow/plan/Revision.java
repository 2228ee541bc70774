package org.planflow.plan;

import java.time.Instant;

/** One saved state of a plan's text and table. */
public record Revision(int number, Instant created, String author, String authorName, String note) {
}
