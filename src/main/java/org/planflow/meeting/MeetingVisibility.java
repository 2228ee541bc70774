package org.planflow.meeting;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.planflow.audit.AuditEntry;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanReader;
import org.planflow.plan.TimelineAudience;
import org.springframework.stereotype.Component;

/**
 * Who sees the meeting rows of a plan's timeline: every reader of the plan reads its meetings, the receipts and the
 * minutes as the 会议 tab shows them, so every reader sees these rows whole.
 */
@Component
class MeetingVisibility implements TimelineAudience {

    @Override
    public Set<String> actions() {
        return EnumSet.allOf(MeetingAction.class).stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean showsAll(PlanReader reader) {
        return true;
    }

    @Override
    public Function<AuditEntry, Optional<AuditEntry>> viewer(Plan plan, PlanReader reader) {
        return Optional::of;
    }
}
