package org.planflow.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.liaison.Liaison;
import org.planflow.liaison.LiaisonService;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;

/**
 * 成员单位通讯录: every member unit with its liaison officers and phones, the .xlsx to download, and for whoever may
 * name a unit's liaison (its head, the plan's office, the administrator) a button on the unit's line.
 */
class RosterPanel extends VerticalLayout {

    private final transient Plan plan;
    private final transient LiaisonService liaisons;
    private final transient OrganizationService organization;
    private final Grid<Liaison> grid = new Grid<>(Liaison.class, false);

    RosterPanel(Plan plan, LiaisonService liaisons, OrganizationService organization) {
        this.plan = plan;
        this.liaisons = liaisons;
        this.organization = organization;
        setPadding(false);
        Anchor export = new Anchor("api/plans/" + plan.id() + "/liaisons.xlsx", getTranslation("liaison.export"));
        export.setId("liaisons-export");
        export.getElement().setAttribute("download", true);
        grid.setId("liaisons-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(line -> line.unit().name()).setHeader(getTranslation("liaison.column.unit")).setKey("unit").setAutoWidth(true);
        grid.addColumn(line -> line.named() ? line.name() : getTranslation("liaison.none"))
                .setHeader(getTranslation("liaison.column.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(line -> line.phone() == null ? "" : line.phone()).setHeader(getTranslation("liaison.column.phone"))
                .setKey("phone").setAutoWidth(true);
        grid.addColumn(line -> line.scope() == null ? "" : getTranslation("liaison.scope." + line.scope().name()))
                .setHeader(getTranslation("liaison.column.scope")).setKey("scope").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setHeight("60vh");
        add(export, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(liaisons.roster(plan));
    }

    private Component actions(Liaison line) {
        if (!liaisons.mayName(plan, line.unit().code())) {
            return new Span();
        }
        Button name = new Button(getTranslation("liaison.name"), click ->
                new LiaisonDialog(plan, line, liaisons, organization, this::refresh).open());
        name.addThemeVariants(ButtonVariant.LUMO_SMALL);
        name.getElement().setAttribute("data-unit", line.unit().code());
        name.addClassName("liaison-name");
        return name;
    }
}
