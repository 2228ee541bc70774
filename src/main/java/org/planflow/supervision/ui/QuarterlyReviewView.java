package org.planflow.supervision.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.shared.ui.Unavailable;
import org.planflow.circulation.BulletinReadings;
import org.planflow.circulation.BulletinService;
import org.planflow.organization.Groups;
import org.planflow.organization.OrganizationService;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Callouts;
import org.planflow.supervision.Quarter;
import org.planflow.supervision.QuarterlyReview;
import org.planflow.supervision.QuarterlyReviewService;
import org.planflow.supervision.ReviewStatus;


/** One quarterly review: its report, where it stands, the circulated bulletin's reading, and the joint meeting. */
@Route("supervision/reviews")
@RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.PLAN_OFFICE})
class QuarterlyReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient QuarterlyReviewService reviews;
    private final transient BulletinService bulletins;
    private final transient OrganizationService organization;
    private String title = "";

    QuarterlyReviewView(QuarterlyReviewService reviews, BulletinService bulletins, OrganizationService organization) {
        this.reviews = reviews;
        this.bulletins = bulletins;
        this.organization = organization;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        load(id);
    }

    private void load(long id) {
        removeAll();
        QuarterlyReview review;
        try {
            review = reviews.get(id);
        } catch (NotFoundException e) {
            title = getTranslation("review.unavailable");
            add(new Unavailable(title, getTranslation("review.notFound"), new RouterLink(getTranslation("review.backToList"),
                    QuarterlyReviewsView.class)));
            return;
        }
        title = getTranslation("review.heading", review.planTitle(), Quarter.parse(review.period()).chinese());
        H2 heading = new H2(title);
        Div status = new Div(getTranslation("review.status." + review.status().name()));
        status.getElement().getThemeList().add("badge");
        status.setId("review-status");
        add(new RouterLink(getTranslation("review.title"), QuarterlyReviewsView.class), heading, status);
        if (review.returnComment() != null && review.status() != ReviewStatus.CIRCULATED) {
            add(Callouts.warning(new Paragraph(getTranslation("review.returned", review.returns(), review.returnComment()))));
        }
        if (review.bulletinId() != null) {
            add(bulletin(bulletins.readings(review.bulletinId()), review));
        }
        Div text = new Div(review.reportText() == null ? "" : review.reportText());
        text.setId("review-text");
        text.getStyle().set("white-space", "pre-wrap").set("max-width", "60em");
        add(new H4(getTranslation("review.text")), text);
        add(new MeetingPanel(review, reviews, organization.unitSearch(), organization.membersOf(List.of(Groups.ofRole(Roles.LEADER))),
                () -> load(id)));
    }

    private VerticalLayout bulletin(BulletinReadings readings, QuarterlyReview review) {
        Paragraph figures = new Paragraph(getTranslation("review.bulletin", readings.bulletin().docNumber(), readings.readCount(),
                readings.readings().size()));
        figures.setId("review-bulletin");
        Anchor open = new Anchor("bulletins/" + review.bulletinId(), getTranslation("review.bulletin.open"));
        open.setId("review-bulletin-open");
        Anchor download = new Anchor("api/quarterly-reviews/" + review.id() + "/bulletin.docx", getTranslation("review.download"));
        download.getElement().setAttribute("download", true);
        download.setId("review-download");
        VerticalLayout box = new VerticalLayout(figures, open, download);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
