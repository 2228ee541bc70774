package org.planflow.inbox.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.inbox.DoneEntry;
import org.planflow.inbox.InboxService;
import org.planflow.shared.Formats;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.NarrowScreens;

/** 已办: the tasks the user completed, newest first, with the outcome; a row opens its plan. */
class DoneTasksGrid extends VerticalLayout {

    DoneTasksGrid(InboxService inbox) {
        setSizeFull();
        setPadding(false);
        Grid<DoneEntry> grid = new Grid<>(DoneEntry.class, false);
        grid.setId("done-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> entry.planTitle() == null ? "" : entry.planTitle())
                .setHeader(getTranslation("inbox.column.plan")).setKey("plan").setFlexGrow(3);
        grid.addColumn(DoneEntry::name).setHeader(getTranslation("inbox.column.task")).setKey("task").setFlexGrow(2);
        grid.addColumn(this::outcome).setHeader(getTranslation("inbox.column.outcome")).setKey("outcome").setAutoWidth(true);
        grid.addColumn(entry -> Formats.dateTime(entry.completed())).setHeader(getTranslation("inbox.column.completed"))
                .setAutoWidth(true);
        NarrowScreens.columns(grid, "plan", "task", "outcome");
        grid.setItems(query -> inbox.fetchDone(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, inbox.countDone()));
        grid.setEmptyStateText(getTranslation("inbox.done.empty"));
        grid.addItemClickListener(event -> {
            if (event.getItem().planId() != null) {
                getUI().ifPresent(ui -> ui.navigate("plan/" + event.getItem().planId()));
            }
        });
        add(grid);
        setFlexGrow(1, grid);
    }

    private String outcome(DoneEntry entry) {
        return Outcome.of(entry.outcome()).map(outcome -> getTranslation("outcome." + outcome.value()))
                .orElse(entry.outcome() == null ? "" : entry.outcome());
    }
}
