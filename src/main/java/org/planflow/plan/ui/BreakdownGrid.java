package org.planflow.plan.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.plan.BreakdownItem;

/**
 * The task breakdown table (任务分解表), read-only, with its total points under it. Units an import
 * could not match carry a warning.
 */
class BreakdownGrid extends VerticalLayout {

    private final Grid<BreakdownItem> grid = new Grid<>(BreakdownItem.class, false);

    BreakdownGrid(List<BreakdownItem> items) {
        setPadding(false);
        grid.setId("breakdown-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(BreakdownItem::seq).setHeader(getTranslation("plan.item.seq")).setKey("seq").setWidth("4em").setFlexGrow(0);
        grid.addColumn(item -> Objects.toString(item.category(), "")).setHeader(getTranslation("plan.item.category"))
                .setKey("category").setFlexGrow(1);
        grid.addColumn(BreakdownItem::indicator).setHeader(getTranslation("plan.item.indicator")).setKey("indicator").setFlexGrow(3);
        grid.addColumn(item -> Scores.format(item.score())).setHeader(getTranslation("plan.item.score")).setKey("score")
                .setWidth("5em").setFlexGrow(0);
        grid.addColumn(item -> Objects.toString(item.scoringMethod(), "")).setHeader(getTranslation("plan.item.scoringMethod"))
                .setKey("scoringMethod").setFlexGrow(2);
        grid.addComponentColumn(UnitRefLabel::lead)
                .setHeader(getTranslation("plan.item.leadUnit")).setKey("leadUnit").setFlexGrow(1);
        grid.addComponentColumn(item -> new UnitRefLabel(item.coopUnits())).setHeader(getTranslation("plan.item.coopUnits"))
                .setKey("coopUnits").setFlexGrow(2);
        grid.addColumn(item -> item.dueDate() == null ? "" : item.dueDate().toString()).setHeader(getTranslation("plan.item.dueDate"))
                .setKey("dueDate").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.items.empty"));

        BigDecimal total = BreakdownItem.totalScore(items);
        Span totalScore = new Span(getTranslation("plan.items.total", Scores.format(total)));
        totalScore.setId("total-score");
        totalScore.getStyle().set("font-weight", "600");
        add(grid, totalScore);
    }
}
