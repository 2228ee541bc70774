package org.planflow.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.audit.AuditEntry;
import org.planflow.audit.AuditService;
import org.planflow.organization.OrganizationChanged;
import org.planflow.shared.Formats;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Feedback;

/**
 * 管理日志: who changed which unit or user, and when, newest first; {@code ?subject=unit:fgw} shows one
 * unit's or user's changes (the units' and users' dialogs link here).
 */
@Route(OrganizationChanged.TRAIL_ROUTE)
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.adminTrail", order = 94, icon = "vaadin:time-backward")
class AdministrationTrailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuditService audit;
    private final TextField subject = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();

    AdministrationTrailView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        subject.setId("trail-subject");
        subject.setPlaceholder(getTranslation("trail.subject"));
        subject.setHelperText(getTranslation("trail.subject.help"));
        subject.setPrefixComponent(VaadinIcon.SEARCH.create());
        subject.setClearButtonVisible(true);
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.addValueChangeListener(event -> refresh());
        grid.setId("trail-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(entry -> Formats.dateTime(entry.at())).setHeader(getTranslation("trail.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.actorName() == null ? entry.actor() : entry.actorName())
                .setHeader(getTranslation("trail.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("trail.subjectColumn")).setKey("subject").setAutoWidth(true);
        grid.addColumn(entry -> Feedback.translatedOr(this, "admin.action." + entry.action(), entry.action()))
                .setHeader(getTranslation("trail.action")).setKey("action").setAutoWidth(true);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("trail.details")).setFlexGrow(1);
        grid.setSizeFull();
        add(new H2(getTranslation("trail.title")), subject, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        subject.setValue(event.getLocation().getQueryParameters()
                .getSingleParameter(OrganizationChanged.TRAIL_SUBJECT_PARAMETER).orElse(""));
        refresh();
    }

    /** The newest changes only: the view answers "who changed this lately"; the API pages through all. */
    private void refresh() {
        grid.setItems(audit.administrationTrail(subject.getValue(), 0, AuditService.MAX_PAGE_SIZE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trail.title");
    }
}
