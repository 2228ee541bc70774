package org.planflow.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.planflow.audit.AuditEntry;
import org.springframework.stereotype.Component;

/**
 * A plan's timeline as one reader sees it: each row as its action's {@link TimelineAudience} lets the reader see
 * it. A row of an action no audience rules is shown to the district's oversight only.
 */
@Component
class PlanTimeline {

    private final Map<String, TimelineAudience> byAction = new HashMap<>();

    PlanTimeline(List<TimelineAudience> audiences) {
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
        Map<TimelineAudience, Function<AuditEntry, Optional<AuditEntry>>> viewers = new HashMap<>();
        Function<AuditEntry, Optional<AuditEntry>> unruled = entry -> reader.oversight() ? Optional.of(entry) : Optional.empty();
        List<AuditEntry> visible = new ArrayList<>();
        for (AuditEntry entry : entries) {
            TimelineAudience audience = byAction.get(entry.action());
            Function<AuditEntry, Optional<AuditEntry>> viewer = audience == null ? unruled
                    : viewers.computeIfAbsent(audience, found -> found.viewer(plan, reader));
            viewer.apply(entry).ifPresent(visible::add);
        }
        return visible;
    }
}
