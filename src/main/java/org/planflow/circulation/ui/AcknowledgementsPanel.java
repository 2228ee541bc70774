package org.planflow.circulation.ui;

import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.circulation.AcknowledgementTotals;
import org.planflow.circulation.Delivery;
import org.planflow.circulation.DeliveryService;
import org.planflow.plan.Plan;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Formats;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.LazyPages;

/**
 * 签收情况: the totals on top (18/21 已签收, 2 逾期, 1 拒签), the notice to download, urging every late
 * unit in one action (the office), and every delivery with who read, acknowledged or refused it, when.
 */
class AcknowledgementsPanel extends VerticalLayout {

    private final transient DeliveryService deliveries;
    private final transient Plan plan;
    private final Span totals = new Span();
    private final Grid<Delivery> grid = new Grid<>(Delivery.class, false);
    private final Button urge = new Button();

    AcknowledgementsPanel(Plan plan, DeliveryService deliveries) {
        this.plan = plan;
        this.deliveries = deliveries;
        setPadding(false);
        totals.setId("ack-totals");
        totals.getStyle().set("font-weight", "bold");
        Anchor notice = new Anchor("api/plans/" + plan.id() + "/notice.docx", getTranslation("ack.downloadNotice"));
        notice.setId("download-notice");
        notice.getElement().setAttribute("download", true);
        urge.setText(getTranslation("ack.urgeLate"));
        urge.setIcon(VaadinIcon.BELL.create());
        urge.setId("urge-late");
        urge.setVisible(CurrentUser.hasRole(Roles.OFFICE_CLERK));
        urge.addClickListener(click -> confirmUrge());
        HorizontalLayout top = new HorizontalLayout(totals, notice, urge);
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("ack-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(delivery -> delivery.unit().name()).setHeader(getTranslation("ack.column.unit")).setKey("unit").setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("ack.column.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(delivery -> Formats.date(delivery.due())).setHeader(getTranslation("ack.column.due")).setAutoWidth(true);
        grid.addColumn(delivery -> who(delivery.readByName(), delivery.readAt())).setHeader(getTranslation("ack.column.read"))
                .setKey("read").setAutoWidth(true);
        grid.addColumn(delivery -> who(delivery.byName(), delivery.at())).setHeader(getTranslation("ack.column.by"))
                .setKey("by").setAutoWidth(true);
        grid.addColumn(this::note).setHeader(getTranslation("ack.column.note")).setKey("note").setFlexGrow(2);
        grid.setHeight("60vh");
        grid.setEmptyStateText(getTranslation("ack.empty"));
        add(top, grid);
        refresh();
    }

    private void refresh() {
        AcknowledgementTotals counts = deliveries.totals(plan.id());
        totals.setText(getTranslation("ack.totals", counts.acknowledged(), counts.total(), counts.overdue(), counts.refused(),
                counts.read(), counts.pending()));
        urge.setEnabled(counts.overdue() > 0);
        LazyPages.show(grid, page -> deliveries.deliveries(plan.id(), null, page));
    }

    private Component status(Delivery delivery) {
        Span badge = new Span(getTranslation("delivery.status." + delivery.status().name()));
        badge.getElement().getThemeList().add("badge");
        switch (delivery.status()) {
            case ACKNOWLEDGED -> badge.getElement().getThemeList().add("success");
            case OVERDUE, REFUSED -> badge.getElement().getThemeList().add("error");
            default -> {
                // pending and read keep the plain badge
            }
        }
        badge.getElement().setAttribute("data-status", delivery.status().name());
        badge.getElement().setAttribute("data-unit", delivery.unit().code());
        return badge;
    }

    private String note(Delivery delivery) {
        StringBuilder note = new StringBuilder(Objects.toString(delivery.reason(), ""));
        if (delivery.reroutedTo() != null) {
            note.append(note.isEmpty() ? "" : "；").append(getTranslation("ack.reroutedTo", delivery.reroutedTo().name()));
        }
        if (delivery.closedComment() != null) {
            note.append(note.isEmpty() ? "" : "；").append(getTranslation("ack.closed", delivery.closedComment()));
        }
        if (delivery.late() && delivery.status() == org.planflow.circulation.DeliveryStatus.ACKNOWLEDGED) {
            note.append(note.isEmpty() ? "" : "；").append(getTranslation("ack.late"));
        }
        return note.toString();
    }

    private static String who(String name, java.time.Instant at) {
        return at == null ? "" : Objects.toString(name, "") + " " + Formats.dateTime(at);
    }

    private void confirmUrge() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("urge-confirm");
        confirm.setHeader(getTranslation("ack.urgeLate"));
        confirm.setText(getTranslation("ack.urge.text", deliveries.totals(plan.id()).overdue()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("ack.urgeLate"));
        confirm.addConfirmListener(event -> {
            int urged = deliveries.urgeLate(plan.id());
            Feedback.success(getTranslation("ack.urged", urged));
            refresh();
        });
        confirm.open();
    }
}
