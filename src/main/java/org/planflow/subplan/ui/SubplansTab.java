package org.planflow.subplan.ui;

import com.vaadin.flow.component.Component;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanTab;
import org.planflow.subplan.SubplanService;

/** The plan's 配套方案 tab, once its issuance asked units for their own plans. */
@org.springframework.stereotype.Component
class SubplansTab implements PlanTab {

    static final String KEY = "subplans";

    private final SubplanService subplans;

    SubplansTab(SubplanService subplans) {
        this.subplans = subplans;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public boolean appliesTo(Plan plan) {
        return plan.status().issued() && subplans.asksForSubPlans(plan.id());
    }

    @Override
    public Component create(Plan plan) {
        return new SubplansPanel(plan, subplans);
    }
}
