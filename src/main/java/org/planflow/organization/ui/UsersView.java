package org.planflow.organization.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.organization.ManagedUser;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationImportService;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.UserAdminService;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.LazyPages;

/**
 * 用户管理: the district's people, searched by name and unit; new users, and each user's dialog to change
 * their unit and roles, reset their password, lock, disable or enable them.
 */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.users", order = 89, icon = "vaadin:users")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserAdminService users;
    private final transient OrganizationService organization;
    private final Grid<ManagedUser> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<OrgUnit> unit = new ComboBox<>();

    UsersView(UserAdminService users, OrganizationService organization, OrganizationImportService imports) {
        this.users = users;
        this.organization = organization;
        setSizeFull();

        search.setId("users-search");
        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        UnitSearch units = organization.unitSearch();
        unit.setId("users-unit");
        unit.setPlaceholder(getTranslation("admin.users.allUnits"));
        unit.setItems(units::matches, units.units());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(event -> refresh());
        Button create = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(), click -> open(null));
        create.setId("users-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, unit, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ManagedUser::username).setHeader(getTranslation("admin.user.username")).setKey("username").setAutoWidth(true);
        grid.addColumn(ManagedUser::displayName).setHeader(getTranslation("admin.user.displayName")).setKey("displayName")
                .setAutoWidth(true);
        grid.addColumn(user -> user.unit().name() + (user.unitHead() ? " · " + getTranslation("admin.user.head") : ""))
                .setHeader(getTranslation("admin.user.unit")).setKey("unit").setFlexGrow(1);
        grid.addColumn(user -> user.roles().stream().sorted().map(role -> getTranslation("admin.role." + role))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("admin.user.roles")).setKey("roles").setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("admin.user.state")).setKey("state").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.setSizeFull();

        add(new H2(getTranslation("admin.users.title")), toolbar, grid, new OrganizationImportPanel(imports, this::refresh));
        refresh();
    }

    private Component state(ManagedUser user) {
        HorizontalLayout states = new HorizontalLayout();
        states.setSpacing(false);
        states.getStyle().set("gap", "var(--lumo-space-xs)");
        states.add(badge(user.enabled() ? "admin.state.enabled" : "admin.state.disabled", user.enabled() ? "success" : "contrast"));
        if (user.locked() || user.lockedUntil() != null) {
            states.add(badge("admin.state.locked", "error"));
        }
        if (user.mustChangePassword()) {
            states.add(badge("admin.state.mustChangePassword", ""));
        }
        return states;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    private void open(ManagedUser user) {
        new UserDialog(user, users, organization, this::refresh).open();
    }

    private void refresh() {
        String text = search.getValue();
        String unitCode = unit.getValue() == null ? null : unit.getValue().code();
        LazyPages.show(grid, page -> users.users(text, unitCode, page));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
