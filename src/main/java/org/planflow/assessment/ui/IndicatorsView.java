package org.planflow.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.planflow.assessment.AssessmentMethodService;
import org.planflow.assessment.AssessmentResultService;
import org.planflow.assessment.AssessmentService;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanListService;
import org.planflow.plan.PlanService;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.ui.Unavailable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A plan's indicators (考核指标) on their own page, for those who read the plan; for the plan's office also its
 * assessment method (考核办法) to edit, and the opening of a year's assessment once the plan is issued.
 */
@Route("plans/:" + IndicatorsView.PLAN_ID + "(\\d+)/indicators")
@PermitAll
class IndicatorsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PLAN_ID = "planId";

    private final transient PlanService plans;
    private final transient AssessmentResultService assessments;
    private final transient AssessmentMethodService methods;
    private final transient AssessmentService lifecycle;
    private final transient PlanListService planList;
    private final transient OrganizationService organization;
    private final transient UploadLimit limit;
    private String title = "";

    IndicatorsView(PlanService plans, AssessmentResultService assessments, AssessmentMethodService methods, AssessmentService lifecycle,
                   PlanListService planList, OrganizationService organization, UploadLimit limit) {
        this.plans = plans;
        this.assessments = assessments;
        this.methods = methods;
        this.lifecycle = lifecycle;
        this.planList = planList;
        this.organization = organization;
        this.limit = limit;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(Long.parseLong(event.getRouteParameters().get(PLAN_ID).orElseThrow()));
    }

    private void show(long planId) {
        removeAll();
        try {
            Plan plan = plans.get(planId);
            title = getTranslation("assessment.page.indicators.heading", plan.title());
            H2 heading = new H2(title);
            heading.setId("indicators-title");
            add(heading);
            if (methods.mayEdit(planId)) {
                if (plan.status().issued()) {
                    Button open = new Button(getTranslation("assessment.page.open"), click -> {
                        OpenAssessmentDialog dialog = new OpenAssessmentDialog(lifecycle, planList,
                                opened -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, opened.id())));
                        dialog.select(planId);
                        dialog.open();
                    });
                    open.setId("method-open-assessment");
                    add(open);
                }
                add(new MethodEditorPart(planId, methods, organization.units(), limit, () -> show(planId)));
            }
            add(new IndicatorTablePart(assessments.indicators(planId)));
        } catch (NotFoundException | AccessDeniedException e) {
            title = getTranslation("assessment.page.indicators.title");
            add(new Unavailable(title, getTranslation("assessment.page.unavailable"), null));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
