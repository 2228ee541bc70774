package org.planflow.supervision.ui;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.planflow.plan.UnitRef;
import org.planflow.shared.ui.NarrowScreens;
import org.planflow.supervision.SupervisedItem;

/**
 * 督办事项 as a table: light (and 逾期未完成), plan, seq, indicator, units, due date, status, the latest
 * report's percent and the escalation level; a click opens the item's page. Rows come page by page in the
 * service's order (red first, then by due date; a plan's in its table's order), so the columns do not sort.
 */
class ItemsGrid extends Grid<SupervisedItem> {

    static final String ID = "items-grid";

    ItemsGrid(boolean withPlan) {
        super(SupervisedItem.class, false);
        setId(ID);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        addComponentColumn(ItemsGrid::light).setHeader(getTranslation("supervision.column.light")).setKey("light")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(this::plan).setHeader(getTranslation("supervision.column.plan")).setKey("plan").setFlexGrow(3)
                .setVisible(withPlan);
        addColumn(item -> item.seq() == null ? "" : String.valueOf(item.seq())).setHeader(getTranslation("supervision.column.seq"))
                .setKey("seq").setAutoWidth(true).setFlexGrow(0);
        addColumn(SupervisedItem::indicator).setHeader(getTranslation("supervision.column.indicator")).setKey("indicator")
                .setFlexGrow(4);
        addColumn(item -> unit(item.leadUnit())).setHeader(getTranslation("supervision.column.leadUnit")).setKey("leadUnit")
                .setFlexGrow(1);
        addColumn(item -> units(item.coopUnits())).setHeader(getTranslation("supervision.column.coopUnits")).setKey("coopUnits")
                .setFlexGrow(1);
        addColumn(item -> item.dueDate().toString()).setHeader(getTranslation("supervision.column.due")).setKey("due")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(item -> getTranslation("supervision.status." + item.status().name()))
                .setHeader(getTranslation("supervision.column.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        addColumn(ItemsGrid::percent).setHeader(getTranslation("supervision.column.percent")).setKey("percent")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(item -> getTranslation("overdue.level." + item.escalationLevel()))
                .setHeader(getTranslation("supervision.column.escalation")).setKey("escalation").setAutoWidth(true).setFlexGrow(0);
        NarrowScreens.columns(this, "light", "indicator", "due");
        setEmptyStateText(getTranslation("supervision.items.empty"));
        addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(SupervisedItemView.class, event.getItem().id())));
    }

    private static Component light(SupervisedItem item) {
        Span cell = new Span(new LightBadge(item));
        if (item.overdue()) {
            Span overdue = LightBadge.overdue();
            overdue.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
            cell.add(overdue);
        }
        return cell;
    }

    /** The plan's title, or where an ad-hoc item comes from (领导批示, 会议议定事项). */
    private String plan(SupervisedItem item) {
        return item.planTitle() != null ? item.planTitle() : getTranslation("supervision.source." + item.source().name());
    }

    private static String percent(SupervisedItem item) {
        return item.latestReport() == null || item.latestReport().percent() == null ? "" : item.latestReport().percent() + "%";
    }

    static String unit(UnitRef unit) {
        return unit == null ? "—" : unit.name();
    }

    static String units(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).filter(Objects::nonNull).collect(Collectors.joining("、"));
    }
}
