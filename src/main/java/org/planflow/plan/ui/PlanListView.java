package org.planflow.plan.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.PlanImportService;
import org.planflow.plan.PlanListService;
import org.planflow.plan.PlanQuery;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.planflow.plan.PlanSummary;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Formats;
import org.planflow.shared.Roles;
import org.planflow.shared.UploadLimit;

/**
 * 方案管理: the plans the caller drafted, their unit leads, or (district readers) all plans, paged
 * from the database and filtered by title, status and lead unit. Drafters start new plans here.
 */
@Route("plans")
@Menu(title = "menu.plans", order = 5, icon = "vaadin:file-text-o")
@PermitAll
class PlanListView extends VerticalLayout implements HasDynamicTitle {

    /** Rows per fetch; the service serves at most {@link PlanListService#MAX_PAGE_SIZE}. */
    private static final int PAGE_SIZE = 50;

    private final transient PlanService plans;
    private final transient PlanListService list;
    private final Select<PlanQuery.Scope> scope = new Select<>();
    private final TextField search = new TextField();
    private final Select<PlanStatus> status = new Select<>();
    private final ComboBox<OrgUnit> leadUnit = new ComboBox<>();
    private final Grid<PlanSummary> grid = new Grid<>(PlanSummary.class, false);
    /** Actions on the list; the document import adds its button here. */
    private final HorizontalLayout toolbar = new HorizontalLayout();

    PlanListView(PlanService plans, PlanListService list, PlanImportService imports, OrganizationService organization,
                 UploadLimit uploadLimit) {
        this.plans = plans;
        this.list = list;
        setSizeFull();

        List<PlanQuery.Scope> scopes = new ArrayList<>(List.of(PlanQuery.Scope.MINE, PlanQuery.Scope.UNIT));
        if (list.maySeeAll()) {
            scopes.add(PlanQuery.Scope.ALL);
        }
        scope.setId("plan-scope");
        scope.setLabel(getTranslation("plan.filter.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(item -> getTranslation("plan.scope." + item.name()));
        scope.setValue(defaultScope());
        scope.addValueChangeListener(event -> refresh());

        search.setId("plan-search");
        search.setLabel(getTranslation("plan.filter.title"));
        search.setPlaceholder(getTranslation("plan.filter.title.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());

        status.setId("plan-status-filter");
        status.setLabel(getTranslation("plan.filter.status"));
        status.setItems(PlanStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("plan.filter.status.all"));
        status.setItemLabelGenerator(item -> item == null ? getTranslation("plan.filter.status.all")
                : getTranslation("plan.status." + item.name()));
        status.addValueChangeListener(event -> refresh());

        leadUnit.setId("plan-lead-unit-filter");
        leadUnit.setLabel(getTranslation("plan.filter.leadUnit"));
        UnitSearch district = organization.unitSearch();
        leadUnit.setItems(district::matches, district.units());
        leadUnit.setItemLabelGenerator(OrgUnit::name);
        leadUnit.setClearButtonVisible(true);
        leadUnit.addValueChangeListener(event -> refresh());

        HorizontalLayout filters = new HorizontalLayout(scope, search, status, leadUnit);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        toolbar.setId("plan-toolbar");
        if (CurrentUser.hasRole(Roles.DRAFTER)) {
            Button create = new Button(getTranslation("plan.new"), VaadinIcon.PLUS.create(),
                    click -> new NewPlanDialog(plans, plan -> getUI().ifPresent(ui -> ui.navigate(PlanEditorView.class, plan.id()))).open());
            create.setId("new-plan");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create, new DocumentImportUpload(imports, uploadLimit,
                    plan -> getUI().ifPresent(ui -> ui.navigate(PlanDetailView.class, plan.id()))));
        }

        grid.setId("plan-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PlanSummary::title).setHeader(getTranslation("plan.column.title")).setKey("title").setFlexGrow(4);
        grid.addColumn(PlanSummary::type).setHeader(getTranslation("plan.column.type")).setKey("type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(summary -> summary.period() == null ? "" : summary.period().label())
                .setHeader(getTranslation("plan.column.period")).setKey("period").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(summary -> summary.docNumber() == null ? "" : summary.docNumber())
                .setHeader(getTranslation("plan.field.docNumber")).setKey("docNumber").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(summary -> new PlanStatusBadge(summary.status())).setHeader(getTranslation("plan.column.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(summary -> summary.leadUnit().name()).setHeader(getTranslation("plan.column.leadUnit")).setKey("leadUnit")
                .setFlexGrow(1);
        grid.addColumn(summary -> summary.drafterName() == null ? summary.drafter() : summary.drafterName())
                .setHeader(getTranslation("plan.column.drafter")).setKey("drafter").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(summary -> Formats.dateTime(summary.updated())).setHeader(getTranslation("plan.column.updated"))
                .setKey("updated").setAutoWidth(true).setFlexGrow(0);
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(query -> list.search(currentQuery(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, list.count(currentQuery())));
        grid.setEmptyStateText(getTranslation("plan.list.empty"));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(PlanDetailView.class, event.getItem().id())));

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("plan.list.title")), toolbar);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    /** Drafters look for their own drafts, district readers across the district, everyone else at their unit. */
    private PlanQuery.Scope defaultScope() {
        if (CurrentUser.hasRole(Roles.DRAFTER)) {
            return PlanQuery.Scope.MINE;
        }
        return list.maySeeAll() ? PlanQuery.Scope.ALL : PlanQuery.Scope.UNIT;
    }

    private PlanQuery currentQuery() {
        String text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        return new PlanQuery(scope.getValue(), text, status.getValue(), leadUnit.getValue() == null ? null : leadUnit.getValue().code());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.list.title");
    }
}
