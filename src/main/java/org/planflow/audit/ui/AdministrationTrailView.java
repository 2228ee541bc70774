package org.planflow.audit.ui;

import java.util.Arrays;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.audit.AuditCategory;
import org.planflow.audit.AuditService;
import org.planflow.audit.TrailEntry;
import org.planflow.audit.TrailQuery;
import org.planflow.shared.ui.LazyPages;
import org.planflow.organization.OrganizationChanged;
import org.planflow.shared.Formats;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Feedback;

/**
 * 管理日志: who did what from where, newest first, by category (组织人员, 登录, 下载, 系统设置, 引擎操作), by actor and by
 * subject; {@code ?subject=unit:fgw} shows one unit's or user's events (the units' and users' dialogs link here).
 * The grid pages through the whole trail.
 */
@Route(OrganizationChanged.TRAIL_ROUTE)
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.adminTrail", order = 94, icon = "vaadin:time-backward")
class AdministrationTrailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuditService audit;
    private final Select<AuditCategory> category = new Select<>();
    private final TextField actor = new TextField();
    private final TextField subject = new TextField();
    private final Span total = new Span();
    private final Grid<TrailEntry> grid = new Grid<>();

    AdministrationTrailView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        category.setId("trail-category");
        category.setItems(Arrays.asList(AuditCategory.values()));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("trail.category.all"));
        category.setItemLabelGenerator(value -> value == null ? getTranslation("trail.category.all")
                : getTranslation("trail.category." + value.name()));
        category.setPlaceholder(getTranslation("trail.category.all"));
        category.addValueChangeListener(event -> refresh());
        actor.setId("trail-actor");
        actor.setPlaceholder(getTranslation("trail.actorFilter"));
        filterField(actor);
        subject.setId("trail-subject");
        subject.setPlaceholder(getTranslation("trail.subject"));
        subject.setHelperText(getTranslation("trail.subject.help"));
        subject.setPrefixComponent(VaadinIcon.SEARCH.create());
        filterField(subject);
        subject.setWidth("22em");
        total.setId("trail-total");
        HorizontalLayout filters = new HorizontalLayout(category, actor, subject, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("trail.title")), filters, grid());
    }

    private Grid<TrailEntry> grid() {
        grid.setId("trail-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(entry -> Formats.dateTime(entry.at())).setHeader(getTranslation("trail.at")).setKey("at")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("trail.category." + entry.category().name()))
                .setHeader(getTranslation("trail.categoryColumn")).setKey("category").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.actorName() == null ? entry.actor() : entry.actorName() + " (" + entry.actor() + ")")
                .setHeader(getTranslation("trail.actor")).setKey("actor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TrailEntry::clientAddress).setHeader(getTranslation("trail.address")).setKey("address")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Feedback.translatedOr(this, "admin.action." + entry.action(),
                        Feedback.translatedOr(this, "plan.action." + entry.action(), entry.action())))
                .setHeader(getTranslation("trail.action")).setKey("action").setAutoWidth(true);
        grid.addColumn(TrailEntry::subject).setHeader(getTranslation("trail.subjectColumn")).setKey("subject").setAutoWidth(true);
        grid.addColumn(TrailEntry::details).setHeader(getTranslation("trail.details")).setKey("details").setFlexGrow(1);
        grid.setPageSize(50);
        grid.setSizeFull();
        return grid;
    }

    private void filterField(TextField field) {
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(event -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        subject.setValue(event.getLocation().getQueryParameters()
                .getSingleParameter(OrganizationChanged.TRAIL_SUBJECT_PARAMETER).orElse(""));
        refresh();
    }

    private void refresh() {
        TrailQuery query = new TrailQuery(category.getValue(), actor.getValue(), subject.getValue());
        total.setText(getTranslation("trail.total", LazyPages.show(grid, page -> audit.trail(query, page))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trail.title");
    }
}
