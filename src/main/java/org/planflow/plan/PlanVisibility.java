package org.planflow.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.planflow.audit.AuditEntry;
import org.planflow.consultation.ConsultationAction;
import org.planflow.consultation.Opinion;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.security.CurrentUser;
import org.planflow.security.DistrictRoles;
import org.planflow.shared.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a plan itself (docs/security.md, "Who may see what"): who may know it exists, and who sees its
 * drafting: the opinions, the revisions, the approval's comments. The plan's services and views ask here.
 */
@Component
public class PlanVisibility implements TimelineAudience {

    private static final Set<String> OPINION_ROWS = Set.of(ConsultationAction.OPINION_GIVEN.name(), ConsultationAction.OPINION_LATE.name());

    private final OrganizationService organization;

    PlanVisibility(OrganizationService organization) {
        this.organization = organization;
    }

    /** The caller's standing towards the plan; its office's staff oversee it as the district's oversight does. */
    public PlanReader standing(Plan plan) {
        String unit = organization.findUser(CurrentUser.require()).map(user -> user.unit()).map(OrgUnit::code).orElse(null);
        boolean office = unit != null && plan.office() != null && unit.equals(plan.office().code())
                && CurrentUser.hasRole(Roles.PLAN_OFFICE);
        return new PlanReader(unit, DistrictRoles.oversight() || office, DistrictRoles.business() || office,
                DistrictRoles.administrator(),
                unit != null && unit.equals(plan.leadUnit().code()), unit != null && plan.consultUnits().contains(unit),
                unit != null && plan.readerUnits().contains(unit));
    }

    /** Every opinion for the lead department and the district; a consulted unit's own and the answers to them; none for others. */
    public List<Opinion> opinions(PlanReader reader, List<Opinion> all) {
        return reader.drafting() ? all : all.stream().filter(opinion -> reader.isOf(opinion.unitCode())).toList();
    }

    @Override
    public Set<String> actions() {
        return Stream.concat(EnumSet.allOf(PlanAction.class).stream().map(Enum::name),
                EnumSet.allOf(ConsultationAction.class).stream().map(Enum::name)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean showsAll(PlanReader reader) {
        return reader.drafting();
    }

    /**
     * The lead department and the district see the drafting whole. Every other reader sees that each step happened,
     * without what was said (return comments, revision notes, who was consulted), and only its own unit's opinions.
     */
    @Override
    public Function<AuditEntry, Optional<AuditEntry>> viewer(Plan plan, PlanReader reader) {
        if (reader.drafting()) {
            return Optional::of;
        }
        return entry -> OPINION_ROWS.contains(entry.action())
                ? Optional.of(entry).filter(row -> reader.isOf(row.unit()))
                : Optional.of(entry.withoutText());
    }
}
