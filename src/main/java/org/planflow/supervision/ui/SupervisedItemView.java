package org.planflow.supervision.ui;

import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.planflow.shared.ui.Unavailable;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.UploadLimit;
import org.planflow.supervision.ItemDetail;
import org.planflow.supervision.ItemStatus;
import org.planflow.supervision.ItemVisibility;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.ItemSearchService;
import org.planflow.supervision.ItemStatusService;
import org.planflow.supervision.SupervisedItem;

/**
 * One supervised item for its readers: the summary with the ledger row, the actions the reader may take,
 * and its record: reports, contributions, extension requests, supervision notices and the whole history. A member
 * unit of the plan that does not work on the item sees its ledger row and light alone.
 */
@Route("supervision/items")
@PermitAll
class SupervisedItemView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient ItemProgressService progress;
    private final transient ItemSearchService search;
    private final transient OrganizationService organization;
    private final UploadLimit uploadLimit;
    private final AcceptedFileTypes acceptedTypes;
    private final transient ItemStatusService statuses;
    private String title = "";

    SupervisedItemView(ItemProgressService progress, ItemSearchService search, OrganizationService organization,
                       UploadLimit uploadLimit, AcceptedFileTypes acceptedTypes, ItemStatusService statuses) {
        this.statuses = statuses;
        this.progress = progress;
        this.search = search;
        this.organization = organization;
        this.uploadLimit = uploadLimit;
        this.acceptedTypes = acceptedTypes;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        load(id);
    }

    private void load(long id) {
        removeAll();
        try {
            show(progress.detail(id));
        } catch (NotFoundException e) {
            message("supervision.item.notFound");
        }
    }

    private void show(ItemDetail detail) {
        title = detail.item().indicator();
        UnaryOperator<String> names = People.names(organization);
        add(new RouterLink(getTranslation("supervision.backToList"), SupervisionItemsView.class),
                new ItemSummary(detail.item(), names));
        group(detail.item());
        if (detail.standing() != ItemVisibility.Standing.FULL) {
            Paragraph ledgerOnly = new Paragraph(getTranslation("supervision.item.ledgerOnly"));
            ledgerOnly.setId("item-ledger-only");
            ledgerOnly.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(ledgerOnly);
            return;
        }
        if (detail.item().standsForGroup()) {
            // The units' items take the work; the group's item has its history alone.
            add(section("supervision.section.history", new HistoryGrid(detail.history())));
            return;
        }
        add(new ItemActions(detail.item(), myUnit(), progress, statuses, () -> load(detail.item().id())),
                section("supervision.section.reports", new ReportsGrid(detail.reports(), names)),
                section("supervision.section.evidence", new EvidencePanel(detail.item(), detail.evidence(),
                        detail.item().leadUnit() != null && myUnit().equals(detail.item().leadUnit().code())
                                && detail.item().status() != ItemStatus.CLOSED, progress, uploadLimit, acceptedTypes,
                        () -> load(detail.item().id()))),
                section("supervision.section.contributions", new ContributionsGrid(detail.contributions(), names)),
                section("supervision.section.extensions", new ExtensionsGrid(detail.extensions(), names)),
                section("supervision.section.notices", new NoticesGrid(detail.notices(), names)),
                section("supervision.section.history", new HistoryGrid(detail.history())));
    }

    /** The roll-up of a group's item (各乡镇), or a unit's item's link to it. */
    private void group(SupervisedItem item) {
        if (item.standsForGroup()) {
            add(ItemGroupPart.rollUp(item, search.children(item.id())));
        } else if (item.parentId() != null) {
            try {
                add(ItemGroupPart.parentLink(progress.detail(item.parentId()).item()));
            } catch (NotFoundException e) {
                // A reader who may not know the group's item sees the unit's item alone.
            }
        }
    }

    private String myUnit() {
        OrgUnit unit = organization.user(CurrentUser.require()).unit();
        return unit == null ? null : unit.code();
    }

    private Component section(String key, Component content) {
        VerticalLayout section = new VerticalLayout(new H4(getTranslation(key)), content);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private void message(String key) {
        title = getTranslation("supervision.item.unavailable");
        add(new Unavailable(title, getTranslation(key), new RouterLink(getTranslation("supervision.backToList"),
                SupervisionItemsView.class)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
