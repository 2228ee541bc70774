package org.planflow.subplan.ui;

import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanDraft;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Formats;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.LazyPages;
import org.planflow.subplan.SubplanRequirement;
import org.planflow.subplan.SubplanService;
import org.planflow.subplan.SubplanStatus;

/**
 * 配套方案: every unit asked for its own plan, with its status, due date, whether it is late, the sub-plan it submitted
 * and the office's comment on a returned one; a drafter of an asked unit starts the unit's sub-plan here.
 */
class SubplansPanel extends VerticalLayout {

    static final String ERRORS = "subplan.error";

    private final transient SubplanService subplans;
    private final Grid<SubplanRequirement> grid = new Grid<>(SubplanRequirement.class, false);

    SubplansPanel(Plan plan, SubplanService subplans) {
        this.subplans = subplans;
        setPadding(false);
        if (CurrentUser.hasRole(Roles.DRAFTER)) {
            subplans.ofMyUnit(plan.id()).filter(mine -> mine.status() != SubplanStatus.FILED).ifPresent(mine -> add(start(plan)));
        }
        grid.setId("subplan-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> row.unit().name()).setHeader(getTranslation("subplan.column.unit")).setKey("unit").setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("subplan.column.status")).setKey("status").setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("subplan.column.due")).setKey("due").setAutoWidth(true);
        grid.addComponentColumn(this::subPlan).setHeader(getTranslation("subplan.column.plan")).setKey("plan").setFlexGrow(2);
        grid.addColumn(row -> Objects.toString(row.comment(), "")).setHeader(getTranslation("subplan.column.comment"))
                .setKey("comment").setFlexGrow(2);
        grid.setHeight("50vh");
        add(grid);
        LazyPages.show(grid, page -> subplans.ofPlan(plan.id(), page));
    }

    /** The unit's drafter names the sub-plan and goes on in the editor; it is the unit's plan like any other. */
    private Component start(Plan plan) {
        TextField title = new TextField(getTranslation("subplan.start.title"));
        title.setId("subplan-title");
        title.setValue(getTranslation("subplan.start.suggested", plan.title()));
        title.setWidth("32em");
        title.setMaxLength(PlanService.MAX_TITLE);
        Button start = new Button(getTranslation("subplan.start"), VaadinIcon.FILE_ADD.create());
        start.setId("start-subplan");
        start.addClickListener(click -> Feedback.attempt(this, ERRORS, java.util.Map.of(PlanFields.TITLE, title), () -> {
            Plan draft = subplans.draft(plan.id(), PlanDraft.titled(title.getValue()));
            getUI().ifPresent(ui -> ui.navigate("plan-edit/" + draft.id()));
        }));
        HorizontalLayout line = new HorizontalLayout(title, start);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    private Component status(SubplanRequirement row) {
        Span badge = new Span(getTranslation("subplan.status." + row.status().name()));
        badge.getElement().getThemeList().add("badge");
        switch (row.status()) {
            case FILED -> badge.getElement().getThemeList().add("success");
            case RETURNED -> badge.getElement().getThemeList().add("error");
            default -> {
                // pending and submitted keep the plain badge
            }
        }
        badge.getElement().setAttribute("data-status", row.status().name());
        badge.getElement().setAttribute("data-unit", row.unit().code());
        return badge;
    }

    private Component due(SubplanRequirement row) {
        Span due = new Span(Formats.date(row.due()));
        if (row.late()) {
            Span late = new Span(getTranslation("subplan.late"));
            late.getElement().getThemeList().add("badge error small");
            late.getElement().setAttribute("data-late", row.unit().code());
            return new HorizontalLayout(due, late);
        }
        return due;
    }

    private Component subPlan(SubplanRequirement row) {
        return row.subPlanId() == null ? new Span() : new Anchor("plan/" + row.subPlanId(), Objects.toString(row.subPlanTitle(), ""));
    }
}
