package org.planflow.supervision.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.planflow.organization.Groups;
import org.planflow.plan.PlanListService;
import org.planflow.plan.PlanQuery;
import org.planflow.plan.PlanSummary;
import org.planflow.security.CurrentUser;
import org.planflow.shared.ui.LazyPages;
import org.planflow.shared.Roles;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.OrganizationService;
import org.planflow.supervision.ItemFilter;
import org.planflow.supervision.ItemStatus;
import org.planflow.supervision.Light;
import org.planflow.supervision.ReportState;
import org.planflow.supervision.ItemAssignmentService;
import org.planflow.supervision.ItemSearchService;
import org.planflow.supervision.SupervisedItemService;
import org.planflow.supervision.UnitRole;

/**
 * 督办事项: the district's readers see every item, filtered by plan, unit, light and status (the supervision
 * office also opens ad-hoc items here, 立项); unit staff see
 * their unit's items in two tabs, those it leads (主办) and those it cooperates on (协办).
 */
@Route("supervision/items")
@Menu(title = "menu.supervisionItems", order = 10, icon = "vaadin:flag")
@PermitAll
class SupervisionItemsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient SupervisedItemService supervised;
    private final transient ItemSearchService items;
    private final ComboBox<PlanSummary> plan = new ComboBox<>();
    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final Select<Light> light = new Select<>();
    private final Select<ItemStatus> status = new Select<>();
    private final Select<ReportState> report = new Select<>();
    private final Tabs roles = new Tabs();
    private final Tab lead = new Tab();
    private final Tab coop = new Tab();
    private final ItemsGrid grid = new ItemsGrid(true);
    private final Anchor ledger = new Anchor();
    /** Unit staff's own unit, whose ledger they download; null for the district's readers. */
    private final String myUnit;

    SupervisionItemsView(SupervisedItemService supervised, ItemSearchService items, ItemAssignmentService assignments,
                         OrganizationService organization, PlanListService plans) {
        this.supervised = supervised;
        this.items = items;
        this.myUnit = supervised.maySeeAll() ? null : organization.user(CurrentUser.require()).unit().code();
        setSizeFull();
        add(new H2(getTranslation("supervision.items.title")));
        if (CurrentUser.hasRole(Roles.SUPERVISOR)) {
            Button adHoc = new Button(getTranslation("supervision.adhoc.open"), VaadinIcon.PLUS.create(),
                    click -> new AdHocItemDialog(assignments, organization.unitSearch(),
                            organization.membersOf(List.of(Groups.ofRole(Roles.LEADER)))).open());
            adHoc.setId("open-adhoc");
            add(adHoc);
        }
        ledger.setText(getTranslation("supervision.ledger.export"));
        ledger.setId("export-ledger");
        ledger.getElement().setAttribute("download", true);
        if (supervised.maySeeAll()) {
            add(filters(organization, plans));
        } else {
            lead.setLabel(getTranslation("supervision.items.lead"));
            lead.setId("tab-lead");
            coop.setLabel(getTranslation("supervision.items.coop"));
            coop.setId("tab-coop");
            roles.add(lead, coop);
            roles.setId("items-tabs");
            roles.addSelectedChangeListener(event -> refresh());
            add(roles, ledger);
        }
        add(grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private HorizontalLayout filters(OrganizationService organization, PlanListService plans) {
        plan.setId("items-plan-filter");
        plan.setLabel(getTranslation("supervision.filter.plan"));
        plan.setItems(plans.search(PlanQuery.of(PlanQuery.Scope.ALL), 0, PlanListService.MAX_PAGE_SIZE).stream()
                .filter(summary -> summary.status().issued()).toList());
        plan.setItemLabelGenerator(PlanSummary::title);
        plan.setClearButtonVisible(true);
        plan.setWidth("20em");
        plan.addValueChangeListener(event -> refresh());
        unit.setId("items-unit-filter");
        unit.setLabel(getTranslation("supervision.filter.unit"));
        UnitSearch district = organization.unitSearch();
        unit.setItems(district::matches, district.units());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(event -> refresh());
        light.setId("items-light-filter");
        light.setLabel(getTranslation("supervision.filter.light"));
        light.setItems(Light.values());
        light.setEmptySelectionAllowed(true);
        light.setEmptySelectionCaption(getTranslation("supervision.filter.all"));
        light.setItemLabelGenerator(value -> value == null ? getTranslation("supervision.filter.all")
                : getTranslation("supervision.light." + value.name()));
        light.addValueChangeListener(event -> refresh());
        status.setId("items-status-filter");
        status.setLabel(getTranslation("supervision.filter.status"));
        status.setItems(ItemStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("supervision.filter.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("supervision.filter.all")
                : getTranslation("supervision.status." + value.name()));
        status.addValueChangeListener(event -> refresh());
        report.setId("items-report-filter");
        report.setLabel(getTranslation("supervision.filter.report"));
        report.setItems(ReportState.values());
        report.setEmptySelectionAllowed(true);
        report.setEmptySelectionCaption(getTranslation("supervision.filter.all"));
        report.setItemLabelGenerator(value -> value == null ? getTranslation("supervision.filter.all")
                : getTranslation("supervision.report." + value.name()));
        report.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(plan, unit, light, status, report, ledger);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void refresh() {
        ledger.setHref(ledgerHref());
        if (supervised.maySeeAll()) {
            ItemFilter filter = new ItemFilter(plan.getValue() == null ? null : plan.getValue().id(),
                    unit.getValue() == null ? null : unit.getValue().code(), UnitRole.ANY, light.getValue(), status.getValue(),
                    report.getValue());
            LazyPages.show(grid, page -> items.search(filter, page));
        } else {
            ItemFilter filter = ItemFilter.of(null, null, roles.getSelectedTab() == coop ? UnitRole.COOPERATING : UnitRole.LEAD,
                    null, null);
            LazyPages.show(grid, page -> items.search(filter, page));
        }
    }

    /** The dashboard leads here with the figure's filters: ?light=RED&unit=fgw&plan=3&status=CLOSED&report=IN. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!supervised.maySeeAll()) {
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("light").flatMap(value -> java.util.Arrays.stream(Light.values())
                .filter(l -> l.name().equals(value)).findFirst()).ifPresent(light::setValue);
        parameters.getSingleParameter("status").flatMap(value -> java.util.Arrays.stream(ItemStatus.values())
                .filter(s -> s.name().equals(value)).findFirst()).ifPresent(status::setValue);
        parameters.getSingleParameter("report").flatMap(value -> java.util.Arrays.stream(ReportState.values())
                .filter(r -> r.name().equals(value)).findFirst()).ifPresent(report::setValue);
        parameters.getSingleParameter("unit").flatMap(code -> unit.getListDataView().getItems()
                .filter(u -> u.code().equals(code)).findFirst()).ifPresent(unit::setValue);
        parameters.getSingleParameter("plan").flatMap(id -> plan.getListDataView().getItems()
                .filter(p -> String.valueOf(p.id()).equals(id)).findFirst()).ifPresent(plan::setValue);
    }

    /** The ledger of what the filters select (light and status aside: a ledger lists every item). */
    private String ledgerHref() {
        List<String> query = new ArrayList<>();
        if (myUnit != null) {
            query.add("unit=" + URLEncoder.encode(myUnit, StandardCharsets.UTF_8));
        } else {
            if (plan.getValue() != null) {
                query.add("plan=" + plan.getValue().id());
            }
            if (unit.getValue() != null) {
                query.add("unit=" + URLEncoder.encode(unit.getValue().code(), StandardCharsets.UTF_8));
            }
        }
        return "api/supervision/ledger.xlsx" + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.items.title");
    }
}
