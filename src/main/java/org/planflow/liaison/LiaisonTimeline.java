package org.planflow.liaison;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.planflow.audit.AuditEntry;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanReader;
import org.planflow.plan.TimelineAudience;
import org.springframework.stereotype.Component;

/** A plan's liaisons are its member roster, every reader's: so are the rows that name them. */
@Component
class LiaisonTimeline implements TimelineAudience {

    @Override
    public Set<String> actions() {
        return Set.of(LiaisonAction.LIAISONS_NAMED.name(), LiaisonAction.LIAISONS_CLEARED.name());
    }

    @Override
    public Function<AuditEntry, Optional<AuditEntry>> viewer(Plan plan, PlanReader reader) {
        return Optional::of;
    }

    @Override
    public boolean showsAll(PlanReader reader) {
        return true;
    }
}
