package org.planflow.inbox.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.inbox.QuickAction;
import org.planflow.shared.Formats;
import org.planflow.shared.ui.NarrowScreens;

/** The open tasks (待办): acknowledgements first, with due dates, working days left and one-click actions. */
class OpenTasksGrid extends VerticalLayout {

    private final transient InboxService inbox;
    private final transient List<QuickAction> quickActions;
    private static final String CARD = "card";
    private static final String ACTIONS = "actions";

    private final Grid<InboxEntry> grid = new Grid<>(InboxEntry.class, false);

    OpenTasksGrid(InboxService inbox, List<QuickAction> quickActions) {
        this.inbox = inbox;
        this.quickActions = quickActions;
        setSizeFull();
        setPadding(false);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> entry.planTitle() == null ? "" : entry.planTitle())
                .setHeader(getTranslation("inbox.column.plan")).setFlexGrow(3).setAutoWidth(false).setWidth("16em");
        grid.addColumn(InboxEntry::name).setHeader(getTranslation("inbox.column.task")).setFlexGrow(2).setWidth("8em");
        grid.addColumn(entry -> Formats.dateTime(entry.created())).setHeader(getTranslation("inbox.column.created")).setAutoWidth(true);
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("inbox.column.due")).setAutoWidth(true);
        grid.addColumn(this::workingDaysLeft).setHeader(getTranslation("inbox.column.left")).setAutoWidth(true);
        grid.addComponentColumn(this::card).setHeader(getTranslation("inbox.column.task")).setKey(CARD).setFlexGrow(1)
                .setVisible(false);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("inbox.column.actions")).setKey(ACTIONS).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        NarrowScreens.columns(grid, CARD, ACTIONS);
        grid.setItems(query -> inbox.fetch(null, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, inbox.count(null)));
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.addItemDoubleClickListener(event -> open(event.getItem()));

        add(grid);
        setFlexGrow(1, grid);
    }

    private Component dueCell(InboxEntry entry) {
        Span due = new Span(Formats.date(entry.due()));
        if (!entry.overdue()) {
            return due;
        }
        Span badge = new Span(getTranslation("inbox.overdue"));
        badge.getElement().getThemeList().add("badge error small");
        badge.addClassName("overdue-badge");
        HorizontalLayout cell = new HorizontalLayout(due, badge);
        cell.setSpacing(true);
        return cell;
    }

    /** On a phone the row in one cell: what to do, for which plan, by when. */
    private Component card(InboxEntry entry) {
        Span task = new Span(entry.name());
        task.getStyle().set("font-weight", "600");
        Span plan = new Span(entry.planTitle() == null ? "" : entry.planTitle());
        plan.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div due = new Div(new Span(getTranslation("task.due") + "："), dueCell(entry), new Span(workingDaysLeft(entry)));
        due.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center").set("column-gap", "var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-s)");
        Div card = new Div(task, plan, due);
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return card;
    }

    private String workingDaysLeft(InboxEntry entry) {
        Integer days = entry.workingDaysLeft();
        if (days == null) {
            return "";
        }
        if (days == 0) {
            return getTranslation(entry.overdue() ? "inbox.daysOverdue" : "inbox.dueToday", 0);
        }
        return days > 0 ? getTranslation("inbox.daysLeft", days) : getTranslation("inbox.daysOverdue", -days);
    }

    private Component actions(InboxEntry entry) {
        Button open = new Button(getTranslation("inbox.open"), click -> open(entry));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.addClassName("inbox-open");
        open.getElement().setAttribute("data-task", entry.id());
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("inbox-actions");
        quickActions.stream().filter(action -> action.handles(entry)).findFirst()
                .ifPresent(action -> actions.add(action.button(entry, grid.getDataProvider()::refreshAll)));
        if (entry.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), click -> claim(entry));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        }
        actions.add(open);
        return actions;
    }

    private void claim(InboxEntry entry) {
        TaskConflicts.attempt(this, () -> inbox.claim(entry.id())).ifPresent(claimed ->
                Notification.show(getTranslation("inbox.claimed"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS));
        grid.getDataProvider().refreshAll();
    }

    private void open(InboxEntry entry) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, entry.id()));
    }
}
