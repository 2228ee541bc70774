package org.planflow.circulation.ui;

import com.vaadin.flow.component.Component;
import org.planflow.circulation.DeliveryService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanTab;

/** The plan's 签收情况 tab, once it is issued. */
@org.springframework.stereotype.Component
class AcknowledgementsTab implements PlanTab {

    static final String KEY = "acknowledgements";

    private final DeliveryService deliveries;

    AcknowledgementsTab(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public boolean appliesTo(Plan plan) {
        return plan.status().issued();
    }

    @Override
    public Component create(Plan plan) {
        return new AcknowledgementsPanel(plan, deliveries);
    }
}
