package org.planflow.workpoints.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.plan.Plan;
import org.planflow.shared.PageRequest;
import org.planflow.workpoints.WorkPointsService;
import org.planflow.workpoints.WorkPointsYear;

/** Each year of the plan with its work points, and, for the office's drafters, drawing a year still without them. */
class WorkPointsPanel extends VerticalLayout {

    private final transient Plan plan;
    private final transient WorkPointsService workPoints;
    private final boolean mayDraw;
    private final Grid<WorkPointsYear> grid = new Grid<>(WorkPointsYear.class, false);

    WorkPointsPanel(Plan plan, WorkPointsService workPoints) {
        this.plan = plan;
        this.workPoints = workPoints;
        this.mayDraw = workPoints.mayDraw(plan);
        setPadding(false);
        setId("work-points");
        grid.addColumn(WorkPointsYear::year).setHeader(getTranslation("workpoints.year")).setKey("year").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::points).setHeader(getTranslation("workpoints.points")).setKey("points").setFlexGrow(3);
        grid.addColumn(row -> row.status() == null ? "" : getTranslation("plan.status." + row.status().name()))
                .setHeader(getTranslation("workpoints.status")).setKey("status").setAutoWidth(true);
        grid.setId("work-points-years");
        grid.setAllRowsVisible(true);
        grid.setItems(workPoints.years(plan.id(), PageRequest.first(PageRequest.MAX_SIZE)).items());
        add(new Paragraph(getTranslation("workpoints.help")), grid);
    }

    private Component points(WorkPointsYear row) {
        if (row.drawn()) {
            return new Anchor("plan/" + row.planId(), row.title());
        }
        if (!mayDraw) {
            return new Span(getTranslation("workpoints.none"));
        }
        Button draw = new Button(getTranslation("workpoints.draw", String.valueOf(row.year())), VaadinIcon.PLUS.create(),
                click -> new DrawDialog(plan, row.year(), workPoints,
                        drawn -> getUI().ifPresent(ui -> ui.navigate("plan-edit/" + drawn.id()))).open());
        draw.setId("draw-work-points-" + row.year());
        draw.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return draw;
    }
}
