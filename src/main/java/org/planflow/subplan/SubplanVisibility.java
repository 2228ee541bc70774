package org.planflow.subplan;

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
 * Who sees the sub-plan rows of a parent plan's timeline (docs/security.md, "Who may see what"): that a unit started,
 * submitted or had its sub-plan filed or returned is every reader's, as the 配套方案 tab shows it; what the office wrote
 * when it returned one is the unit's, the lead department's and the district's.
 */
@Component
class SubplanVisibility implements TimelineAudience {

    @Override
    public Set<String> actions() {
        return EnumSet.allOf(SubplanAction.class).stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean showsAll(PlanReader reader) {
        return reader.drafting();
    }

    @Override
    public Function<AuditEntry, Optional<AuditEntry>> viewer(Plan plan, PlanReader reader) {
        return entry -> Optional.of(reader.drafting() || reader.isOf(entry.unit()) ? entry : entry.withoutText());
    }
}
