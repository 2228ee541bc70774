package org.planflow.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.planflow.organization.Groups;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.persistence.PlanRepository;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's own office (办公室所在单位) and the leading group it serves (decision 055). The office unit's PLAN_OFFICE staff
 * do the plan's office work; where a plan names no office, the district's supervision office (SUPERVISOR) does it.
 * SUPERVISOR keeps oversight of every plan either way.
 */
@Service
@Transactional
public class PlanOffices {

    static final int MAX_GROUP_TEXT = 100;

    private final PlanRepository plans;
    private final OrganizationService organization;

    PlanOffices(PlanRepository plans, OrganizationService organization) {
        this.plans = plans;
        this.organization = organization;
    }

    /** The Camunda candidate group of the plan's office work; the engine asks without a signed-in user. */
    @Transactional(readOnly = true)
    public String officeGroup(Long planId) {
        return group(officeUnit(planId).orElse(null));
    }

    /** The same for a plan at hand. */
    public static String officeGroup(Plan plan) {
        return group(plan.office() == null ? null : plan.office().code());
    }

    private static String group(String officeUnit) {
        return officeUnit == null ? Groups.ofRole(Roles.SUPERVISOR) : Groups.ofUnitRole(officeUnit, Roles.PLAN_OFFICE);
    }

    /** Whether the signed-in user does this plan's office work; a null plan (an item of no plan) is SUPERVISOR's. */
    @Transactional(readOnly = true)
    public boolean runsOffice(Long planId) {
        Optional<String> office = officeUnit(planId);
        if (office.isEmpty()) {
            return CurrentUser.hasRole(Roles.SUPERVISOR);
        }
        return CurrentUser.hasRole(Roles.PLAN_OFFICE) && office.get().equals(callerUnit().orElse(null));
    }

    /** Refuses (403) whoever does not do the plan's office work. */
    public void requireOffice(Long planId) {
        if (!runsOffice(planId)) {
            throw new AccessDeniedException(Roles.NOT_ALLOWED);
        }
    }

    /** The unit whose plans' office work the signed-in user does, if they hold PLAN_OFFICE. */
    public Optional<String> callerOfficeUnit() {
        return CurrentUser.hasRole(Roles.PLAN_OFFICE) ? callerUnit() : Optional.empty();
    }

    /** The government office names the plan's office as it issues the approved plan; blank removes it. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).OFFICE_CLERK)")
    public void nameAtIssuance(long planId, String officeCode) {
        PlanStatus status = plans.lockStatus(planId).orElseThrow();
        if (status != PlanStatus.APPROVED) {
            throw PlanProblem.OFFICE_NOT_SETTABLE.at(PlanFields.OFFICE, status);
        }
        apply(planId, new UnitRef(officeCode, null), null);
    }

    /**
     * Sets the plan's office and leading group as a draft or an issuance names them: a null part keeps what the plan
     * has, an office without a code (or a blank one) removes it.
     */
    void apply(long planId, UnitRef office, LeadingGroup group) {
        if (office != null) {
            plans.setOffice(planId, checkedOffice(office));
        }
        if (group != null) {
            plans.setLeadingGroup(planId, checkedGroup(group));
        }
    }

    private String checkedOffice(UnitRef office) {
        String code = office.code() == null ? null : office.code().strip();
        if (code == null || code.isEmpty()) {
            return null;
        }
        if (organization.findUnit(code).isEmpty()) {
            throw PlanProblem.OFFICE_UNKNOWN.at(PlanFields.OFFICE, code);
        }
        return code;
    }

    private LeadingGroup checkedGroup(LeadingGroup group) {
        List<String> deputies = new ArrayList<>();
        group.deputies().stream().map(PlanOffices::text).filter(deputy -> deputy != null).forEach(deputies::add);
        List<String> units = new ArrayList<>();
        for (String unit : group.units()) {
            String code = text(unit);
            if (code == null || organization.findUnit(code).isEmpty()) {
                throw PlanProblem.LEADING_GROUP_UNIT_UNKNOWN.at(PlanFields.LEADING_GROUP + ".units", unit);
            }
            if (!units.contains(code)) {
                units.add(code);
            }
        }
        LeadingGroup clean = new LeadingGroup(text(group.name()), text(group.leader()), deputies, units);
        return clean.isEmpty() ? null : clean;
    }

    private static String text(String value) {
        String clean = value == null ? null : value.strip();
        if (clean != null && clean.length() > MAX_GROUP_TEXT) {
            throw PlanProblem.LEADING_GROUP_TEXT_TOO_LONG.at(PlanFields.LEADING_GROUP, MAX_GROUP_TEXT);
        }
        return clean == null || clean.isEmpty() ? null : clean;
    }

    private Optional<String> officeUnit(Long planId) {
        return planId == null ? Optional.empty() : plans.officeUnit(planId);
    }

    private Optional<String> callerUnit() {
        return CurrentUser.username().flatMap(organization::findUser).map(user -> user.unit().code());
    }
}
