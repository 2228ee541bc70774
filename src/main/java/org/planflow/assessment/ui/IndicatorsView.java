package org.planflow.assessment.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.planflow.shared.ui.Unavailable;
import org.planflow.assessment.AssessmentResultService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanService;
import org.planflow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/** A plan's indicator table (考核指标) on its own page, for those who read the plan. */
@Route("plans/:" + IndicatorsView.PLAN_ID + "(\\d+)/indicators")
@PermitAll
class IndicatorsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PLAN_ID = "planId";

    private final transient PlanService plans;
    private final transient AssessmentResultService assessments;
    private String title = "";

    IndicatorsView(PlanService plans, AssessmentResultService assessments) {
        this.plans = plans;
        this.assessments = assessments;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long planId = Long.parseLong(event.getRouteParameters().get(PLAN_ID).orElseThrow());
        try {
            Plan plan = plans.get(planId);
            title = getTranslation("assessment.page.indicators.heading", plan.title());
            H2 heading = new H2(title);
            heading.setId("indicators-title");
            add(heading, new IndicatorTablePart(assessments.indicators(planId)));
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
