package org.planflow.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.shared.ui.Unavailable;
import org.planflow.assessment.Assessment;
import org.planflow.assessment.AssessmentResult;
import org.planflow.assessment.AssessmentResultService;
import org.planflow.assessment.AssessmentSheet;
import org.planflow.assessment.AssessmentStatus;
import org.planflow.shared.Formats;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Callouts;

/**
 * One year's assessment of a plan: where it stands and who has submitted, the leader's return comment, the
 * results, and for the supervision office and leaders the unit ranking and the documents; a unit's staff see
 * their own indicators, and once the results are published the office's scores and their own result line.
 */
@Route(AssessmentView.ROUTE)
@RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.PLAN_OFFICE, Roles.UNIT_STAFF})
class AssessmentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String ROUTE = "assessments";

    private final transient AssessmentResultService assessments;
    private String title = "";

    AssessmentView(AssessmentResultService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        AssessmentSheet sheet;
        try {
            sheet = assessments.sheet(id);
        } catch (NotFoundException e) {
            title = getTranslation("assessment.page.title");
            add(new Unavailable(title, getTranslation("assessment.page.unavailable"), new RouterLink(title, AssessmentsView.class)));
            return;
        }
        Assessment assessment = sheet.assessment();
        title = getTranslation("assessment.page.heading", assessment.planTitle(), String.valueOf(assessment.year()));
        boolean all = assessments.maySeeAll(assessment.planId());
        AssessmentResult result = assessments.result(assessment.planId(), assessment.year());
        add(new RouterLink(getTranslation("assessment.page.title"), AssessmentsView.class), header(assessment));
        if (assessment.returnComment() != null && assessment.status() != AssessmentStatus.PUBLISHED) {
            Paragraph returned = new Paragraph(getTranslation("assessment.page.returned", assessment.returns(), assessment.returnComment()));
            returned.setId("assessment-return-comment");
            add(Callouts.warning(returned));
        }
        if (!all) {
            add(new H3(getTranslation("assessment.page.own")), new OwnScoresPart(sheet.indicators(), result.units(),
                    assessment.status() == AssessmentStatus.PUBLISHED));
        }
        if (result.district() != null) {
            add(new H3(getTranslation("assessment.page.results")), new DistrictResultPart(result));
        }
        if (all) {
            add(new H3(getTranslation("assessment.page.ranking")), new UnitRankingPart(result.units()), downloads(assessment));
        }
        // who submitted matters while units assess themselves; afterwards the results come first
        add(new H3(getTranslation("assessment.page.submissions")), new AssessmentSubmissionsPart(sheet.units()));
    }

    private Component header(Assessment assessment) {
        H2 heading = new H2(title);
        heading.setId("assessment-title");
        heading.getStyle().set("margin", "0");
        Div status = new Div(getTranslation("assessment.page.status." + assessment.status().name()));
        status.getElement().getThemeList().add(assessment.status() == AssessmentStatus.PUBLISHED ? "badge success" : "badge");
        status.setId("assessment-status");
        Span deadline = new Span(getTranslation("assessment.page.deadline", Formats.dateTime(assessment.deadline())));
        deadline.setId("assessment-deadline");
        HorizontalLayout line = new HorizontalLayout(heading, status, deadline);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.setWrap(true);
        if (assessment.bulletinId() != null) {
            Anchor bulletin = new Anchor("bulletins/" + assessment.bulletinId(),
                    getTranslation("assessment.page.bulletin", assessment.docNumber()));
            bulletin.setId("assessment-bulletin");
            line.add(bulletin);
        }
        return line;
    }

    private Component downloads(Assessment assessment) {
        HorizontalLayout links = new HorizontalLayout(
                download("assessment-download-report", "api/assessments/" + assessment.id() + "/self-evaluation.docx",
                        "assessment.page.download.report"),
                download("assessment-download-table", "api/assessments/" + assessment.id() + "/scoring-table.xlsx",
                        "assessment.page.download.table"));
        links.setId("assessment-downloads");
        return links;
    }

    private Anchor download(String id, String href, String key) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
