package org.planflow.supervision.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.planflow.plan.PlanListService;
import org.planflow.plan.PlanQuery;
import org.planflow.plan.PlanSummary;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.EChart;
import org.planflow.supervision.Dashboard;
import org.planflow.supervision.ItemStatus;
import org.planflow.supervision.Light;
import org.planflow.supervision.ReportState;
import org.planflow.supervision.SupervisedItemService;
import org.planflow.supervision.SupervisionDashboardService;

/**
 * 督办看板: items by light and status, this period's reports, overdue items by unit, units ranked by
 * on-time rate, red items month by month. Every figure leads to the items behind it; unit staff see their
 * own unit's version.
 */
@Route("supervision/dashboard")
@Menu(title = "menu.supervisionDashboard", order = 9, icon = "vaadin:dashboard")
@PermitAll
class SupervisionDashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final String RED = "#d9363e";

    private final transient SupervisionDashboardService dashboards;
    private final ComboBox<PlanSummary> plan = new ComboBox<>();
    private final VerticalLayout content = new VerticalLayout();

    SupervisionDashboardView(SupervisionDashboardService dashboards, SupervisedItemService items, PlanListService plans) {
        this.dashboards = dashboards;
        add(new H2(getTranslation("supervision.dashboard.title")));
        boolean office = CurrentUser.hasRole(Roles.PLAN_OFFICE);
        if (items.maySeeAll() || office) {
            plan.setId("dashboard-plan");
            plan.setLabel(getTranslation("supervision.filter.plan"));
            PlanQuery.Scope scope = items.maySeeAll() ? PlanQuery.Scope.ALL : PlanQuery.Scope.OFFICE;
            plan.setItems(plans.search(PlanQuery.of(scope), 0, PlanListService.MAX_PAGE_SIZE).stream()
                    .filter(summary -> summary.status().issued()).toList());
            plan.setItemLabelGenerator(PlanSummary::title);
            plan.setClearButtonVisible(true);
            plan.setWidth("24em");
            plan.addValueChangeListener(event -> refresh());
            add(plan);
        }
        content.setPadding(false);
        add(content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        Dashboard figures = dashboards.dashboard(planId());
        HorizontalLayout lights = new HorizontalLayout();
        for (Light light : Light.values()) {
            lights.add(figure("figure-" + light.name(), getTranslation("supervision.light." + light.name()),
                    figures.lights().get(light), Map.of("light", light.name())));
        }
        for (ItemStatus status : ItemStatus.values()) {
            lights.add(figure("figure-" + status.name(), getTranslation("supervision.status." + status.name()),
                    figures.byStatus().get(status), Map.of("status", status.name())));
        }
        lights.add(figure("figure-reports", getTranslation("supervision.dashboard.reports"), figures.reportsIn(),
                Map.of("report", ReportState.IN.name())), figure("figure-reports-missing",
                getTranslation("supervision.dashboard.reportsMissing"), figures.reportsDue() - figures.reportsIn(),
                Map.of("report", ReportState.MISSING.name())), new H4(getTranslation("supervision.dashboard.reportsOf", figures.reportsIn(), figures.reportsDue())));
        H4 targets = new H4(getTranslation("supervision.dashboard.targets", figures.targetsMet(), figures.targetsNotMet()));
        targets.setId("figure-targets");
        lights.add(targets);
        lights.setWrap(true);
        lights.setAlignItems(FlexComponent.Alignment.CENTER);

        List<Dashboard.UnitFigures> units = figures.units();
        Map<String, String> codeOfName = new LinkedHashMap<>();
        units.forEach(unit -> codeOfName.put(unit.unit().name(), unit.unit().code()));
        List<Dashboard.UnitFigures> byRate = units.stream()
                .sorted(java.util.Comparator.comparingDouble(Dashboard.UnitFigures::onTimeRate)).toList();
        content.add(lights,
                chartSection("supervision.dashboard.overdueByUnit", new EChart("chart-overdue-by-unit",
                        EChart.bars(units.stream().map(u -> u.unit().name()).toList(), units.stream().map(u -> (Object) u.overdue()).toList(), RED),
                        name -> drill(Map.of("light", Light.RED.name(), "unit", codeOfName.getOrDefault(name, ""))))),
                chartSection("supervision.dashboard.onTime", new EChart("chart-on-time",
                        EChart.bars(byRate.stream().map(u -> u.unit().name()).toList(),
                                byRate.stream().map(u -> (Object) Math.round(u.onTimeRate() * 100)).toList(), "#3b7ddd"),
                        name -> drill(Map.of("unit", codeOfName.getOrDefault(name, ""))))),
                chartSection("supervision.dashboard.trend", new EChart("chart-red-trend", line(figures.redTrend()),
                        name -> drill(Map.of("light", Light.RED.name())))));
    }

    private Button figure(String id, String label, long count, Map<String, String> filter) {
        Button figure = new Button(label + " " + count, click -> drill(filter));
        figure.setId(id);
        return figure;
    }

    private VerticalLayout chartSection(String key, EChart chart) {
        VerticalLayout section = new VerticalLayout(new H4(getTranslation(key)), chart);
        section.setPadding(false);
        return section;
    }

    /** To the items behind a figure: the list filtered as the figure counts them. */
    private void drill(Map<String, String> filter) {
        Map<String, String> parameters = new LinkedHashMap<>(filter);
        if (planId() != null) {
            parameters.put("plan", String.valueOf(planId()));
        }
        parameters.values().removeIf(String::isEmpty);
        getUI().ifPresent(ui -> ui.navigate("supervision/items", QueryParameters.simple(parameters)));
    }

    private Long planId() {
        return plan.getValue() == null ? null : plan.getValue().id();
    }

    private static Map<String, Object> line(List<Dashboard.MonthFigure> trend) {
        return Map.of("grid", Map.of("left", 40, "right", 30, "top", 10, "bottom", 30),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", trend.stream().map(Dashboard.MonthFigure::month).toList()),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(Map.of("type", "line", "data", trend.stream().map(Dashboard.MonthFigure::red).toList(),
                        "itemStyle", Map.of("color", RED))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.dashboard.title");
    }
}
