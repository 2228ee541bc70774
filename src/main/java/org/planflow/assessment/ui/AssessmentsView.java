package org.planflow.assessment.ui;

import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.assessment.Assessment;
import org.planflow.assessment.AssessmentResultService;
import org.planflow.assessment.AssessmentService;
import org.planflow.plan.PlanListService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.ui.LazyPages;
import org.planflow.shared.Formats;
import org.planflow.shared.Roles;

/** 年度考核: the assessments the user may see (a unit's staff: those of its unit); the supervision office opens one. */
@Route(AssessmentView.ROUTE)
@Menu(title = "assessment.page.menu", order = 14, icon = "vaadin:trophy")
@RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.PLAN_OFFICE, Roles.UNIT_STAFF})
class AssessmentsView extends VerticalLayout implements HasDynamicTitle {

    AssessmentsView(AssessmentService lifecycle, AssessmentResultService assessments, PlanListService plans) {
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("assessment.page.title")));
        header.setAlignItems(Alignment.BASELINE);
        if (CurrentUser.hasRole(Roles.SUPERVISOR) || CurrentUser.hasRole(Roles.PLAN_OFFICE)) {
            Button open = new Button(getTranslation("assessment.page.open"),
                    click -> new OpenAssessmentDialog(lifecycle, plans,
                            opened -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, opened.id()))).open());
            open.setId("assessment-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(open);
        }
        Grid<Assessment> grid = new Grid<>(Assessment.class, false);
        grid.setId("assessments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Assessment::planTitle).setHeader(getTranslation("assessment.page.column.plan")).setFlexGrow(3);
        grid.addColumn(Assessment::year).setHeader(getTranslation("assessment.page.column.year")).setAutoWidth(true);
        grid.addColumn(assessment -> getTranslation("assessment.page.status." + assessment.status().name()))
                .setHeader(getTranslation("assessment.page.column.status")).setAutoWidth(true);
        grid.addColumn(assessment -> Formats.dateTime(assessment.deadline()))
                .setHeader(getTranslation("assessment.page.column.deadline")).setAutoWidth(true);
        grid.addColumn(assessment -> Objects.toString(assessment.docNumber(), ""))
                .setHeader(getTranslation("assessment.page.column.docNumber")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("assessment.page.empty"));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, event.getItem().id())));
        LazyPages.show(grid, page -> assessments.search(null, page));
        add(header, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.page.title");
    }
}
