package org.planflow.workpoints.ui;

import com.vaadin.flow.component.Component;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanTab;
import org.planflow.workpoints.WorkPointsService;

/** The plan's 年度工作要点 tab, once a plan running several years is issued. */
@org.springframework.stereotype.Component
class WorkPointsTab implements PlanTab {

    static final String KEY = "workpoints";

    private final WorkPointsService workPoints;

    WorkPointsTab(WorkPointsService workPoints) {
        this.workPoints = workPoints;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public boolean appliesTo(Plan plan) {
        return WorkPointsService.hasWorkPoints(plan);
    }

    @Override
    public Component create(Plan plan) {
        return new WorkPointsPanel(plan, workPoints);
    }
}
