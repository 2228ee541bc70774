package org.planflow.plan.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import org.planflow.organization.UnitSearch;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanImportService;
import org.planflow.plan.PlanService;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.ui.Feedback;

/**
 * The breakdown table in the plan editor: rows edited in a dialog, moved and deleted, the live total,
 * and the table read from or written to Excel. Changes stay on screen until the editor saves.
 */
class BreakdownPart extends VerticalLayout {

    private final UnitSearch units;
    private final transient PlanService plans;
    private final List<ItemRow> items = new ArrayList<>();
    private final Grid<ItemRow> itemGrid = new Grid<>();
    private final Span total = new Span();
    private final Span itemsError = new Span();

    BreakdownPart(Plan plan, PlanService plans, UnitSearch units, PlanImportService imports, UploadLimit limit) {
        this.units = units;
        this.plans = plans;
        setPadding(false);
        plan.items().forEach(item -> items.add(new ItemRow(item)));
        itemGrid.setId("editor-items");
        itemGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        itemGrid.addComponentColumn(this::seqCell).setHeader(getTranslation("plan.item.seq")).setKey("seq").setWidth("5em").setFlexGrow(0);
        itemGrid.addColumn(row -> Objects.toString(row.item.category(), "")).setHeader(getTranslation("plan.item.category"))
                .setKey("category").setFlexGrow(1);
        itemGrid.addColumn(row -> row.item.indicator()).setHeader(getTranslation("plan.item.indicator")).setKey("indicator").setFlexGrow(3);
        itemGrid.addColumn(row -> Scores.format(row.item.score())).setHeader(getTranslation("plan.item.score")).setKey("score")
                .setWidth("5em").setFlexGrow(0);
        itemGrid.addComponentColumn(row -> UnitRefLabel.lead(row.item))
                .setHeader(getTranslation("plan.item.leadUnit")).setKey("leadUnit").setFlexGrow(1);
        itemGrid.addComponentColumn(row -> new UnitRefLabel(row.item.coopUnits())).setHeader(getTranslation("plan.item.coopUnits"))
                .setKey("coopUnits").setFlexGrow(2);
        itemGrid.addColumn(row -> row.item.dueDate() == null ? "" : row.item.dueDate().toString())
                .setHeader(getTranslation("plan.item.dueDate")).setKey("dueDate").setAutoWidth(true).setFlexGrow(0);
        itemGrid.addComponentColumn(this::itemActions).setHeader(getTranslation("plan.editor.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        itemGrid.setAllRowsVisible(true);
        itemGrid.setEmptyStateText(getTranslation("plan.items.empty"));

        total.setId("editor-total-score");
        total.getStyle().set("font-weight", "600");
        itemsError.setId("items-error");
        itemsError.setVisible(false);
        itemsError.getStyle().set("color", "var(--lumo-error-text-color)");
        Button add = new Button(getTranslation("plan.editor.addItem"), VaadinIcon.PLUS.create(),
                click -> new ItemDialog(null, units, item -> plans.checkItem(items.size(), item), item -> {
                    items.add(new ItemRow(item));
                    refresh();
                }).open());
        add.setId("add-item");
        refresh();

        HorizontalLayout below = new HorizontalLayout(add, total);
        below.setAlignItems(FlexComponent.Alignment.BASELINE);
        BreakdownExcel excel = new BreakdownExcel(plan.id(), imports, limit, read -> {
            items.clear();
            read.forEach(item -> items.add(new ItemRow(item)));
            refresh();
            Feedback.success(getTranslation("plan.excel.read", read.size()));
        });
        add(itemGrid, itemsError, below, excel);
    }

    List<BreakdownItem> values() {
        return items.stream().map(row -> row.item).toList();
    }

    void clearErrors() {
        items.forEach(row -> row.error = null);
        itemsError.setVisible(false);
        refresh();
    }

    /**
     * The dialog that would show the refusal is closed, so the row is flagged and selected, and the
     * message stands above the table; false when there is no such row.
     */
    boolean showError(int index, String message) {
        if (index >= items.size()) {
            return false;
        }
        ItemRow row = items.get(index);
        row.error = message;
        refresh();
        itemGrid.select(row);
        itemGrid.scrollToIndex(index);
        itemsError.setText(getTranslation("plan.error.item", index + 1, message));
        itemsError.setVisible(true);
        return true;
    }

    private Component seqCell(ItemRow row) {
        Span seq = new Span(String.valueOf(items.indexOf(row) + 1));
        if (row.error == null) {
            return seq;
        }
        Icon error = VaadinIcon.EXCLAMATION_CIRCLE.create();
        error.setColor("var(--lumo-error-color)");
        error.setSize("var(--lumo-icon-size-s)");
        error.addClassName("item-error");
        error.getElement().setAttribute("aria-label", row.error);
        Tooltip.forComponent(error).setText(row.error);
        return new Span(seq, error);
    }

    private Component itemActions(ItemRow row) {
        int index = items.indexOf(row);
        Button edit = IconButtons.of(VaadinIcon.EDIT, getTranslation("plan.item.edit"), "item-edit",
                click -> new ItemDialog(row.item, units, item -> plans.checkItem(items.indexOf(row), item), item -> {
                    row.item = item;
                    row.error = null;
                    refresh();
                }).open());
        Button up = IconButtons.of(VaadinIcon.ARROW_UP, getTranslation("plan.moveUp"), "item-up", click -> move(row, -1));
        up.setEnabled(index > 0);
        Button down = IconButtons.of(VaadinIcon.ARROW_DOWN, getTranslation("plan.moveDown"), "item-down", click -> move(row, 1));
        down.setEnabled(index < items.size() - 1);
        Button delete = IconButtons.of(VaadinIcon.TRASH, getTranslation("plan.item.delete"), "item-delete", click -> {
            items.remove(row);
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, up, down, delete);
        actions.setSpacing(false);
        return actions;
    }

    private void move(ItemRow row, int by) {
        int from = items.indexOf(row);
        int to = from + by;
        if (to >= 0 && to < items.size()) {
            Collections.swap(items, from, to);
            refresh();
        }
    }

    private void refresh() {
        itemGrid.setItems(items);
        BigDecimal sum = BreakdownItem.totalScore(values());
        total.setText(getTranslation("plan.items.total", Scores.format(sum)));
        if (items.stream().noneMatch(row -> row.error != null)) {
            itemsError.setVisible(false);
        }
    }

    /** A row of the table being edited; identity, not value, tells two equal rows apart. */
    private static final class ItemRow {

        private BreakdownItem item;
        private String error;

        private ItemRow(BreakdownItem item) {
            this.item = item;
        }
    }
}
