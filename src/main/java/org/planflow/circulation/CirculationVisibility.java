package org.planflow.circulation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.planflow.audit.AuditEntry;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanReader;
import org.planflow.plan.TimelineAudience;
import org.planflow.security.CurrentUser;
import org.planflow.security.DistrictRoles;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a plan's circulation (docs/security.md, "Who may see what"): the issuance is every reader's;
 * each delivery (read, acknowledged, refused, re-routed, overdue, urged) is its recipient unit's, the lead
 * department's and the district's; a bulletin is its recipient units' and those who track bulletins, its read
 * receipts each reading unit's own.
 */
@Component
public class CirculationVisibility implements TimelineAudience {

    /** Those who follow every unit's reading of a bulletin: the district's business readers and its publisher. */
    public boolean tracks(Bulletin bulletin) {
        return DistrictRoles.business() || CurrentUser.username().filter(bulletin.publishedBy()::equals).isPresent();
    }

    @Override
    public Set<String> actions() {
        return EnumSet.allOf(CirculationAction.class).stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean showsAll(PlanReader reader) {
        return reader.district();
    }

    @Override
    public Function<AuditEntry, Optional<AuditEntry>> viewer(Plan plan, PlanReader reader) {
        return entry -> Optional.of(entry).filter(row -> switch (CirculationAction.valueOf(row.action())) {
            case ISSUED, BULLETIN_PUBLISHED -> true;
            case DELIVERY_READ, ACKNOWLEDGED, REFUSED, REROUTED, REFUSAL_CLOSED, DELIVERY_OVERDUE, ACK_URGED ->
                    reader.drafting() || reader.isOf(row.unit());
            case BULLETIN_READ -> reader.district() || reader.isOf(row.unit());
            case DOC_NUMBER_CORRECTED -> reader.district();
        });
    }
}
