package org.planflow.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanTab;
import org.planflow.shared.ui.LazyPages;
import org.planflow.supervision.ItemSearchService;

/** The plan's 督办事项 tab: its breakdown items as supervised items, once it is issued, for those who see its items. */
@org.springframework.stereotype.Component
class SupervisionTab implements PlanTab {

    static final String KEY = "supervision";

    private final ItemSearchService items;

    SupervisionTab(ItemSearchService items) {
        this.items = items;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public boolean appliesTo(Plan plan) {
        return plan.status().issued() && items.maySeeItemsOf(plan);
    }

    @Override
    public Component create(Plan plan) {
        ItemsGrid grid = new ItemsGrid(false);
        LazyPages.show(grid, page -> items.ofPlan(plan.id(), page));
        grid.setHeight("60vh");
        Anchor ledger = new Anchor();
        ledger.setHref("api/supervision/ledger.xlsx?plan=" + plan.id());
        ledger.setText(ledger.getTranslation("supervision.ledger.export"));
        ledger.setId("export-plan-ledger");
        ledger.getElement().setAttribute("download", true);
        VerticalLayout tab = new VerticalLayout(ledger, grid);
        tab.setPadding(false);
        return tab;
    }
}
