package org.planflow.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.planflow.notification.Notification;
import org.planflow.notification.NotificationService;
import org.planflow.shared.ui.LazyPages;
import org.planflow.shared.Formats;

/** 消息通知: the user's notices, newest first, paged lazily; open the task a notice is about, mark read. */
@Route("notifications")
@Menu(title = "menu.notifications", order = 2, icon = "vaadin:bell")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient NotificationService notifications;
    private final Grid<Notification> grid = new Grid<>(Notification.class, false);

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        setSizeFull();

        grid.setId("notification-grid");
        grid.addComponentColumn(this::message).setHeader(getTranslation("notifications.column.message")).setFlexGrow(4);
        grid.addColumn(notification -> Formats.dateTime(notification.created()))
                .setHeader(getTranslation("notifications.column.time")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("notifications.column.actions")).setAutoWidth(true);
        LazyPages.show(grid, notifications::mine);
        grid.setEmptyStateText(getTranslation("notifications.empty"));

        Button markAll = new Button(getTranslation("notifications.markAllRead"), click -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        markAll.setId("mark-all-read");
        add(new HorizontalLayout(new H2(getTranslation("notifications.title")), markAll), grid);
        setFlexGrow(1, grid);
    }

    private Component message(Notification notification) {
        Span title = new Span(notification.title());
        title.getStyle().set("font-weight", notification.read() ? "normal" : "bold");
        Div body = new Div(notification.body() == null ? "" : notification.body());
        body.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "pre-line");
        Div cell = new Div(title, body);
        if (!notification.read()) {
            cell.addClassName("unread");
        }
        return cell;
    }

    private Component actions(Notification notification) {
        HorizontalLayout actions = new HorizontalLayout();
        if (notification.link() != null) {
            Button open = new Button(getTranslation("notifications.open"), click -> {
                notifications.markRead(notification.id());
                getUI().ifPresent(ui -> ui.navigate(notification.link()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(open);
        }
        if (!notification.read()) {
            Button read = new Button(getTranslation("notifications.markRead"), click -> {
                notifications.markRead(notification.id());
                grid.getDataProvider().refreshAll();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(read);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
