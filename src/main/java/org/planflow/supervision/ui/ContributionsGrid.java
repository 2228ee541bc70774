package org.planflow.supervision.ui;

import java.util.List;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.planflow.shared.Formats;
import org.planflow.shared.ui.NarrowScreens;
import org.planflow.supervision.Contribution;

/** What the cooperating units (协办) reported, period by period. */
class ContributionsGrid extends Grid<Contribution> {

    ContributionsGrid(List<Contribution> contributions, UnaryOperator<String> names) {
        super(Contribution.class, false);
        setId("contributions-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Contribution::period).setHeader(getTranslation("supervision.report.period")).setKey("period")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(contribution -> contribution.unit().name()).setHeader(getTranslation("supervision.contribution.unit"))
                .setKey("unit").setAutoWidth(true).setFlexGrow(0);
        addColumn(Contribution::text).setHeader(getTranslation("supervision.contribution.text")).setKey("text").setFlexGrow(3);
        addColumn(contribution -> names.apply(contribution.author()) + " " + Formats.dateTime(contribution.at()))
                .setHeader(getTranslation("supervision.contribution.by")).setKey("by").setAutoWidth(true).setFlexGrow(0);
        NarrowScreens.columns(this, "unit", "text");
        setItems(contributions);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("supervision.contributions.empty"));
    }
}
