package org.planflow.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.planflow.audit.AuditEntry;
import org.planflow.audit.AuditService;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A plan's timeline as one reader sees it: each row as its action's {@link TimelineAudience} lets the reader see
 * it. A row of an action no audience rules is shown to the district's oversight only.
 */
@Component
class PlanTimeline {

    /** Rows read at a time while skipping those a reader may not see. */
    private static final int CHUNK = 500;

    private final Map<String, TimelineAudience> byAction = new HashMap<>();
    private final AuditService audit;

    PlanTimeline(List<TimelineAudience> audiences, AuditService audit) {
        this.audit = audit;
        for (TimelineAudience audience : audiences) {
            for (String action : audience.actions()) {
                TimelineAudience other = byAction.put(action, audience);
                if (other != null) {
                    throw new IllegalStateException("Two audiences rule the timeline action " + action + ": "
                            + other.getClass().getSimpleName() + " and " + audience.getClass().getSimpleName());
                }
            }
        }
    }

    List<AuditEntry> visible(Plan plan, PlanReader reader, List<AuditEntry> entries) {
        Function<AuditEntry, Optional<AuditEntry>> viewer = viewer(plan, reader);
        return entries.stream().map(viewer).flatMap(Optional::stream).toList();
    }

    /**
     * One page of the timeline as the reader sees it, with the number of rows the reader sees. The oversight sees
     * every row, paged and counted in the database; anyone else's rows are told apart row by row, so their page and
     * total come from reading the plan's rows in chunks in order, keeping only the page in memory.
     */
    PageOf<AuditEntry> page(Plan plan, PlanReader reader, PageRequest page) {
        if (reader.oversight() && byAction.values().stream().allMatch(audience -> audience.showsAll(reader))) {
            return audit.timeline(plan.id(), page);
        }
        Function<AuditEntry, Optional<AuditEntry>> viewer = viewer(plan, reader);
        List<AuditEntry> items = new ArrayList<>();
        long seen = 0;
        AuditEntry last = null;
        List<AuditEntry> chunk;
        do {
            chunk = audit.timelineAfter(plan.id(), last, CHUNK);
            for (AuditEntry entry : chunk) {
                Optional<AuditEntry> shown = viewer.apply(entry);
                if (shown.isPresent()) {
                    if (seen >= page.offset() && items.size() < page.size()) {
                        items.add(shown.get());
                    }
                    seen++;
                }
                last = entry;
            }
        } while (chunk.size() == CHUNK);
        return PageOf.of(items, page, seen);
    }

    private Function<AuditEntry, Optional<AuditEntry>> viewer(Plan plan, PlanReader reader) {
        Map<TimelineAudience, Function<AuditEntry, Optional<AuditEntry>>> viewers = new HashMap<>();
        Function<AuditEntry, Optional<AuditEntry>> unruled = entry -> reader.oversight() ? Optional.of(entry) : Optional.empty();
        return entry -> {
            TimelineAudience audience = byAction.get(entry.action());
            return (audience == null ? unruled : viewers.computeIfAbsent(audience, found -> found.viewer(plan, reader)))
                    .apply(entry);
        };
    }
}
