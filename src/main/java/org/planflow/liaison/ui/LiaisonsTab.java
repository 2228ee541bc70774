package org.planflow.liaison.ui;

import com.vaadin.flow.component.Component;
import org.planflow.liaison.LiaisonService;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanTab;

/** The plan's 成员单位通讯录 tab, once it has member units (its leading group's before issuance). */
@org.springframework.stereotype.Component
class LiaisonsTab implements PlanTab {

    static final String KEY = "liaisons";

    private final LiaisonService liaisons;
    private final OrganizationService organization;

    LiaisonsTab(LiaisonService liaisons, OrganizationService organization) {
        this.liaisons = liaisons;
        this.organization = organization;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public boolean appliesTo(Plan plan) {
        return !liaisons.memberUnits(plan).isEmpty();
    }

    @Override
    public Component create(Plan plan) {
        return new RosterPanel(plan, liaisons, organization);
    }
}
