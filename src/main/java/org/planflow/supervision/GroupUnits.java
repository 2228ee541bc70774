package org.planflow.supervision;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UnitType;
import org.planflow.plan.LeadGroup;
import org.planflow.plan.Plan;
import org.springframework.stereotype.Component;

/**
 * The units a group that leads a breakdown item stands for when its plan is issued, in the district's order: every
 * township (各乡镇), street office (各街道办事处) or both; the departments the plan went to (各部门), or every department
 * when it went to none; the plan's member units (各成员单位): its leading group's member units, or its recipients
 * where it names no leading group.
 */
@Component
class GroupUnits {

    private final OrganizationService organization;

    GroupUnits(OrganizationService organization) {
        this.organization = organization;
    }

    List<String> of(LeadGroup group, Plan plan) {
        return switch (group) {
            case TOWNSHIPS -> ofType(Set.of(UnitType.TOWNSHIP), unit -> true);
            case STREETS -> ofType(Set.of(UnitType.STREET), unit -> true);
            case TOWNSHIPS_AND_STREETS -> ofType(Set.of(UnitType.TOWNSHIP, UnitType.STREET), unit -> true);
            case DEPARTMENTS -> {
                List<String> recipients = ofType(Set.of(UnitType.DEPARTMENT), unit -> plan.readerUnits().contains(unit.code()));
                yield recipients.isEmpty() ? ofType(Set.of(UnitType.DEPARTMENT), unit -> true) : recipients;
            }
            case MEMBER_UNITS -> organization.units().stream().map(OrgUnit::code).filter(members(plan)::contains).toList();
        };
    }

    /** The plan's member units (成员单位): its leading group's, or where it names none the units it was issued to. */
    private static List<String> members(Plan plan) {
        return plan.leadingGroup() != null && !plan.leadingGroup().units().isEmpty() ? plan.leadingGroup().units()
                : plan.readerUnits();
    }

    private List<String> ofType(Set<UnitType> types, Predicate<OrgUnit> chosen) {
        return organization.units().stream().filter(unit -> types.contains(unit.type())).filter(chosen).map(OrgUnit::code)
                .toList();
    }
}
