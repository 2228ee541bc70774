package org.planflow.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.planflow.assessment.Assessment;
import org.planflow.assessment.AssessmentMethodService;
import org.planflow.assessment.AssessmentResultService;
import org.planflow.shared.PageRequest;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanTab;

/**
 * The plan's 考核指标 tab, once its breakdown table has points or it is issued: the indicator table (its assessment method's
 * where it has one), the link to its own page, where the office edits the method, and the plan's assessments.
 */
@org.springframework.stereotype.Component
class IndicatorsTab implements PlanTab {

    static final String KEY = "indicators";

    private final AssessmentResultService assessments;
    private final AssessmentMethodService methods;

    IndicatorsTab(AssessmentResultService assessments, AssessmentMethodService methods) {
        this.assessments = assessments;
        this.methods = methods;
    }

    @Override
    public String key() {
        return KEY;
    }

    /** A plan with points in its breakdown table or an assessment method; for its office, any issued plan, to give it one. */
    @Override
    public boolean appliesTo(Plan plan) {
        return plan.items().stream().anyMatch(item -> item.score() != null) || methods.method(plan.id()).isPresent()
                || plan.status().issued() && methods.mayEdit(plan.id());
    }

    @Override
    public Component create(Plan plan) {
        HorizontalLayout links = new HorizontalLayout();
        links.setId("plan-assessments");
        links.setWrap(true);
        RouterLink page = new RouterLink(links.getTranslation("assessment.page.indicators.open"), IndicatorsView.class,
                new RouteParameters(IndicatorsView.PLAN_ID, String.valueOf(plan.id())));
        page.setId("indicators-page");
        links.add(page);
        // One assessment a year: the plan's fit on one page.
        for (Assessment assessment : assessments.search(plan.id(), PageRequest.first(PageRequest.MAX_SIZE)).items()) {
            Anchor link = new Anchor(AssessmentView.ROUTE + "/" + assessment.id(), links.getTranslation("assessment.page.link",
                    String.valueOf(assessment.year()), links.getTranslation("assessment.page.status." + assessment.status().name())));
            link.addClassName("plan-assessment");
            links.add(link);
        }
        VerticalLayout tab = new VerticalLayout(links, new IndicatorTablePart(assessments.indicators(plan.id())));
        tab.setPadding(false);
        return tab;
    }
}
