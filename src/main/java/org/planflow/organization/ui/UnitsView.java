package org.planflow.organization.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import org.planflow.organization.ManagedUnit;
import org.planflow.organization.OrganizationImportService;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UnitAdminService;
import org.planflow.organization.UnitAlias;
import org.planflow.organization.UnitAliases;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.UserAdminService;
import org.planflow.shared.Roles;

/**
 * 单位管理: the district's units with their parent, head and aliases; new units, and each unit's dialog to
 * rename, move, name the head, keep the aliases, disable or enable it; set-up from an .xlsx workbook.
 */
@Route("admin/units")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.units", order = 88, icon = "vaadin:office")
class UnitsView extends VerticalLayout implements HasDynamicTitle {

    /** The administration's field wordings: admin.error.<field>. */
    static final String ERRORS = "admin.error";

    private final transient UnitAdminService units;
    private final transient UserAdminService users;
    private final transient OrganizationService organization;
    private final Grid<ManagedUnit> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Checkbox showDisabled = new Checkbox();
    private Map<String, String> namesByCode = Map.of();

    UnitsView(UnitAdminService units, UserAdminService users, OrganizationService organization,
              OrganizationImportService imports) {
        this.units = units;
        this.users = users;
        this.organization = organization;
        setSizeFull();

        filter.setId("units-filter");
        filter.setPlaceholder(getTranslation("admin.units.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(event -> refresh());
        showDisabled.setId("units-show-disabled");
        showDisabled.setLabel(getTranslation("admin.units.showDisabled"));
        showDisabled.addValueChangeListener(event -> refresh());
        Button create = new Button(getTranslation("admin.units.new"), VaadinIcon.PLUS.create(), click -> open(null));
        create.setId("units-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, showDisabled, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("units-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ManagedUnit::name).setHeader(getTranslation("admin.unit.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(ManagedUnit::code).setHeader(getTranslation("admin.unit.code")).setKey("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(unit -> getTranslation("admin.unitType." + unit.type().name())).setHeader(getTranslation("admin.unit.type"))
                .setKey("type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(unit -> unit.parent() == null ? "" : nameOf(unit.parent())).setHeader(getTranslation("admin.unit.parent"))
                .setKey("parent").setFlexGrow(1);
        grid.addColumn(unit -> unit.headName() == null ? "" : unit.headName()).setHeader(getTranslation("admin.unit.head"))
                .setKey("head").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ManagedUnit::members).setHeader(getTranslation("admin.unit.members")).setKey("members")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(unit -> unit.aliases().stream().map(UnitAlias::alias).collect(Collectors.joining("、")))
                .setHeader(getTranslation("admin.unit.aliases")).setKey("aliases").setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("admin.unit.state")).setKey("state").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.setSizeFull();

        add(new H2(getTranslation("admin.units.title")), toolbar, grid, new OrganizationImportPanel(imports, this::refresh));
        refresh();
    }

    private Component state(ManagedUnit unit) {
        Span state = new Span(getTranslation(unit.enabled() ? "admin.state.enabled" : "admin.state.disabled"));
        state.getElement().getThemeList().add(unit.enabled() ? "badge success" : "badge contrast");
        return state;
    }

    private void open(ManagedUnit unit) {
        new UnitDialog(unit, units, users, organization, this::refresh).open();
    }

    private String nameOf(String code) {
        return namesByCode.getOrDefault(code, code);
    }

    /** The units as they are now, filtered as unit pickers filter: by name, code or alias. */
    private void refresh() {
        List<ManagedUnit> all = units.units();
        namesByCode = all.stream().collect(Collectors.toMap(ManagedUnit::code, ManagedUnit::name));
        UnitSearch search = new UnitSearch(all.stream().map(unit -> new UnitAliases(unit.unit(), unit.aliases())).toList());
        grid.setItems(all.stream()
                .filter(unit -> showDisabled.getValue() || unit.enabled())
                .filter(unit -> search.matches(unit.unit(), filter.getValue()))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.units.title");
    }
}
