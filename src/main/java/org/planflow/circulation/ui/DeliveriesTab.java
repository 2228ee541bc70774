package org.planflow.circulation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.circulation.Delivery;
import org.planflow.circulation.DeliveryService;
import org.planflow.inbox.InboxTab;
import org.planflow.shared.Formats;

/**
 * The inbox's 待阅 and 已阅 tabs: plans delivered to the user's unit not yet opened by anyone of it,
 * and those read; a row opens the plan, which is the read receipt.
 */
abstract class DeliveriesTab implements InboxTab {

    private final DeliveryService deliveries;
    private final boolean read;

    DeliveriesTab(DeliveryService deliveries, boolean read) {
        this.deliveries = deliveries;
        this.read = read;
    }

    @Override
    public Component create() {
        VerticalLayout layout = new VerticalLayout();
        layout.setSizeFull();
        layout.setPadding(false);
        Grid<Delivery> grid = new Grid<>(Delivery.class, false);
        grid.setId(key() + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Delivery::planTitle).setHeader(layout.getTranslation("inbox.column.plan")).setFlexGrow(3);
        grid.addColumn(Delivery::docNumber).setHeader(layout.getTranslation("plan.field.docNumber")).setAutoWidth(true);
        grid.addColumn(delivery -> Formats.dateTime(delivery.created())).setHeader(layout.getTranslation("delivery.delivered"))
                .setAutoWidth(true);
        grid.addColumn(delivery -> layout.getTranslation("delivery.status." + delivery.status().name()))
                .setHeader(layout.getTranslation("ack.column.status")).setAutoWidth(true);
        if (read) {
            grid.addColumn(delivery -> delivery.readByName() + " " + Formats.dateTime(delivery.readAt()))
                    .setHeader(layout.getTranslation("ack.column.read")).setAutoWidth(true);
        }
        grid.setItems(query -> deliveries.ofMyUnit(read, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, deliveries.countOfMyUnit(read)));
        grid.setEmptyStateText(layout.getTranslation("inbox." + key() + ".empty"));
        grid.addItemClickListener(event -> layout.getUI().ifPresent(ui -> ui.navigate("plan/" + event.getItem().planId())));
        layout.add(grid);
        layout.setFlexGrow(1, grid);
        return layout;
    }

    @org.springframework.stereotype.Component
    static class ToRead extends DeliveriesTab {

        ToRead(DeliveryService deliveries) {
            super(deliveries, false);
        }

        @Override
        public String key() {
            return "toRead";
        }

        @Override
        public int order() {
            return 10;
        }
    }

    @org.springframework.stereotype.Component
    static class Read extends DeliveriesTab {

        Read(DeliveryService deliveries) {
            super(deliveries, true);
        }

        @Override
        public String key() {
            return "read";
        }

        @Override
        public int order() {
            return 20;
        }
    }
}
