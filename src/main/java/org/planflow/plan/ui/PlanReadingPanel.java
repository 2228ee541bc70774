package org.planflow.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.TabSheet;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanReading;

/** The plan's text and breakdown table in two tabs, as every task workspace shows it. */
@org.springframework.stereotype.Component
class PlanReadingPanel implements PlanReading {

    @Override
    public Component of(Plan plan) {
        return sheet(plan);
    }

    static TabSheet sheet(Plan plan) {
        TabSheet reading = new TabSheet();
        reading.setId("task-plan");
        reading.setWidthFull();
        reading.add(reading.getTranslation("plan.tab.text"), new PlanTextPanel(plan));
        reading.add(reading.getTranslation("plan.tab.items"), new BreakdownGrid(plan.items()));
        return reading;
    }
}
