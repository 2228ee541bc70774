package org.planflow.supervision.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.OrganizationService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Roles;
import org.planflow.supervision.EscalationService;
import org.planflow.supervision.OverdueItem;
import org.planflow.supervision.SupervisionFields;
import org.planflow.shared.Formats;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.LazyPages;

/**
 * 逾期督办: the supervision office's list of overdue tasks, most overdue first, page by page as it scrolls, with
 * their number, filterable, with the urge action.
 */
@Route("supervision/overdue")
@Menu(title = "menu.overdue", order = 20, icon = "vaadin:alarm")
@RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
class OverdueView extends VerticalLayout implements HasDynamicTitle {

    private final transient EscalationService escalation;
    private final Grid<OverdueItem> grid = new Grid<>(OverdueItem.class, false);
    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final Span total = new Span();

    OverdueView(EscalationService escalation, OrganizationService organization) {
        this.escalation = escalation;
        setSizeFull();

        unit.setLabel(getTranslation("overdue.filter.unit"));
        UnitSearch district = organization.unitSearch();
        unit.setItems(district::matches, district.units());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setClearButtonVisible(true);
        unit.setId("overdue-unit-filter");
        unit.addValueChangeListener(event -> refresh());
        kind.setLabel(getTranslation("overdue.filter.kind"));
        kind.setClearButtonVisible(true);
        kind.setId("overdue-kind-filter");
        kind.addValueChangeListener(event -> refresh());

        grid.setId("overdue-grid");
        grid.addColumn(item -> item.planTitle() == null ? "" : item.planTitle()).setHeader(getTranslation("overdue.column.plan"))
                .setFlexGrow(3);
        grid.addColumn(OverdueItem::taskName).setHeader(getTranslation("overdue.column.task")).setFlexGrow(2);
        grid.addColumn(OverdueView::holder).setHeader(getTranslation("overdue.column.holder")).setKey("holder");
        grid.addColumn(item -> Formats.date(item.due())).setHeader(getTranslation("overdue.column.due")).setAutoWidth(true);
        grid.addColumn(OverdueItem::workingDaysOverdue).setHeader(getTranslation("overdue.column.days")).setAutoWidth(true);
        grid.addComponentColumn(this::levelBadge).setHeader(getTranslation("overdue.column.level")).setAutoWidth(true);
        if (CurrentUser.hasRole(Roles.SUPERVISOR) || CurrentUser.hasRole(Roles.ADMIN)) {
            grid.addComponentColumn(this::urgeButton).setHeader(getTranslation("overdue.column.actions")).setAutoWidth(true)
                    .setKey("actions");
        }
        total.setId("overdue-total");
        HorizontalLayout filters = new HorizontalLayout(unit, kind, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("overdue.title")), filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        String unitCode = unit.getValue() == null ? null : unit.getValue().code();
        String taskKind = kind.getValue();
        total.setText(getTranslation("overdue.total", LazyPages.show(grid, page -> escalation.overdue(unitCode, taskKind, page))));
        if (taskKind == null) {
            kind.setItems(escalation.overdueKinds());
        }
    }

    /** Who holds the task: the person it is assigned to (a leader's approval), else its unit. */
    private static String holder(OverdueItem item) {
        if (item.assigneeName() != null) {
            return item.assigneeName();
        }
        return item.unitName() == null ? item.unit() : item.unitName();
    }

    private Span levelBadge(OverdueItem item) {
        Span badge = new Span(getTranslation("overdue.level." + item.escalationLevel()));
        badge.getElement().getThemeList().add(item.escalationLevel() >= 3 ? "badge error" : "badge contrast");
        return badge;
    }

    private Button urgeButton(OverdueItem item) {
        Button urge = new Button(getTranslation("overdue.urge"), click -> openUrgeDialog(item));
        urge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        urge.addClassName("urge-button");
        return urge;
    }

    private void openUrgeDialog(OverdueItem item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("overdue.urge.title", item.taskName()));
        TextArea message = new TextArea(getTranslation("overdue.urge.message"));
        message.setId("urge-message");
        message.setWidth("32em");
        message.setMaxLength(EscalationService.MAX_URGE_MESSAGE);
        message.setValue(getTranslation("overdue.urge.default", item.planTitle() == null ? "" : item.planTitle(), item.taskName()));
        Button send = new Button(getTranslation("overdue.urge.send"), click -> {
            if (Feedback.attempt(this, SupervisionNotices.ERRORS, Map.of(SupervisionFields.MESSAGE, message),
                    () -> escalation.urge(item.taskId(), message.getValue()))) {
                dialog.close();
                Notification.show(getTranslation("overdue.urge.sent"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            }
        });
        send.setId("urge-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(message);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overdue.title");
    }
}
