package org.planflow.supervision.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.plan.PlanListService;
import org.planflow.plan.PlanQuery;
import org.planflow.plan.PlanSummary;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.LazyPages;
import org.planflow.supervision.QuarterlyReview;
import org.planflow.supervision.QuarterlyReviewService;
import org.planflow.supervision.SupervisionFields;

/** 季度通报: every plan's quarterly reviews; the supervision office starts one on demand. */
@Route("supervision/reviews")
@Menu(title = "menu.quarterlyReviews", order = 13, icon = "vaadin:newspaper")
@RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.PLAN_OFFICE})
class QuarterlyReviewsView extends VerticalLayout implements HasDynamicTitle {

    static final String ERRORS = "review.error";

    private final transient QuarterlyReviewService reviews;
    private final Grid<QuarterlyReview> grid = new Grid<>(QuarterlyReview.class, false);

    QuarterlyReviewsView(QuarterlyReviewService reviews, PlanListService plans) {
        this.reviews = reviews;
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("review.title")));
        header.setAlignItems(Alignment.BASELINE);
        if (CurrentUser.hasRole(Roles.SUPERVISOR) || CurrentUser.hasRole(Roles.PLAN_OFFICE)) {
            Button start = new Button(getTranslation("review.start"), click -> startDialog(plans).open());
            start.setId("review-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(start);
        }
        grid.setId("reviews-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(QuarterlyReview::planTitle).setHeader(getTranslation("review.column.plan")).setFlexGrow(3);
        grid.addColumn(QuarterlyReview::period).setHeader(getTranslation("review.column.period")).setAutoWidth(true);
        grid.addColumn(review -> getTranslation("review.status." + review.status().name()))
                .setHeader(getTranslation("review.column.status")).setAutoWidth(true);
        grid.addColumn(QuarterlyReview::docNumber).setHeader(getTranslation("review.column.docNumber")).setAutoWidth(true);
        grid.addColumn(QuarterlyReview::returns).setHeader(getTranslation("review.column.returns")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("review.empty"));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(QuarterlyReviewView.class, event.getItem().id())));
        LazyPages.show(grid, page -> reviews.search(null, page));
        add(header, grid);
        setFlexGrow(1, grid);
    }

    private Dialog startDialog(PlanListService plans) {
        Dialog dialog = new Dialog(getTranslation("review.start"));
        dialog.setId("review-start-dialog");
        ComboBox<PlanSummary> plan = new ComboBox<>(getTranslation("review.start.plan"));
        plan.setId("review-start-plan");
        plan.setItems(plans.search(PlanQuery.of(PlanQuery.Scope.ALL), 0, PlanListService.MAX_PAGE_SIZE).stream()
                .filter(summary -> summary.status().issued()).toList());
        plan.setItemLabelGenerator(PlanSummary::title);
        plan.setWidth("28em");
        TextField period = new TextField(getTranslation("review.start.period"));
        period.setId("review-start-period");
        period.setValue(reviews.lastEndedQuarter().name());
        dialog.add(new FormLayout(plan, period));
        Map<String, HasValidation> fields = Map.of(SupervisionFields.PERIOD, period, SupervisionFields.PLAN, plan);
        Button start = new Button(getTranslation("review.start"), click -> {
            QuarterlyReview[] started = new QuarterlyReview[1];
            if (plan.getValue() == null) {
                plan.setInvalid(true);
                return;
            }
            if (Feedback.attempt(this, ERRORS, fields, () -> started[0] = reviews.start(plan.getValue().id(), period.getValue()))) {
                dialog.close();
                Feedback.success(getTranslation("review.start.done", started[0].period()));
                getUI().ifPresent(ui -> ui.navigate(QuarterlyReviewView.class, started[0].id()));
            }
        });
        start.setId("review-start-confirm");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), start);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }
}
