package org.planflow.audit;

import java.util.List;

/** One page of the administration trail, newest first, and how many events match in all. */
public record TrailPage(List<TrailEntry> items, int page, int size, long total) {
}
