package org.planflow.circulation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.circulation.BulletinReading;
import org.planflow.circulation.BulletinService;
import org.planflow.circulation.Delivery;
import org.planflow.circulation.DeliveryService;
import org.planflow.inbox.InboxTab;
import org.planflow.shared.Formats;
import org.planflow.shared.ui.LazyPages;
import org.planflow.shared.ui.NarrowScreens;

/**
 * The inbox's 待阅 and 已阅 tabs: bulletins (通报) circulated to the user's unit, then plans delivered to it,
 * not yet read or read; a plan's row opens the plan, which is the read receipt.
 */
abstract class DeliveriesTab implements InboxTab {

    private static final int SHOWN_WHOLE = 5;

    private final DeliveryService deliveries;
    private final BulletinService bulletins;
    private final boolean read;

    DeliveriesTab(DeliveryService deliveries, BulletinService bulletins, boolean read) {
        this.deliveries = deliveries;
        this.bulletins = bulletins;
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
        grid.addColumn(Delivery::planTitle).setHeader(layout.getTranslation("inbox.column.plan")).setKey("plan").setFlexGrow(3);
        grid.addColumn(Delivery::docNumber).setHeader(layout.getTranslation("plan.field.docNumber")).setAutoWidth(true);
        grid.addColumn(delivery -> Formats.dateTime(delivery.created())).setHeader(layout.getTranslation("delivery.delivered"))
                .setAutoWidth(true);
        grid.addColumn(delivery -> layout.getTranslation("delivery.status." + delivery.status().name()))
                .setHeader(layout.getTranslation("ack.column.status")).setKey("status").setAutoWidth(true);
        if (read) {
            grid.addColumn(delivery -> delivery.readByName() + " " + Formats.dateTime(delivery.readAt()))
                    .setHeader(layout.getTranslation("ack.column.read")).setAutoWidth(true);
        }
        NarrowScreens.columns(grid, "plan", "status");
        LazyPages.show(grid, page -> deliveries.ofMyUnit(read, page));
        grid.setEmptyStateText(layout.getTranslation("inbox." + key() + ".empty"));
        grid.addItemClickListener(event -> layout.getUI().ifPresent(ui -> ui.navigate("plan/" + event.getItem().planId())));
        Grid<BulletinReading> bulletinGrid = bulletinGrid(layout);
        long bulletinCount = LazyPages.show(bulletinGrid, page -> bulletins.ofMyUnit(read, page));
        if (bulletinCount > 0) {
            // A few bulletins show whole above the plans; more scroll in a grid of their own height.
            bulletinGrid.setAllRowsVisible(bulletinCount <= SHOWN_WHOLE);
            layout.add(new H4(layout.getTranslation("bulletin.section")), bulletinGrid);
        }
        layout.add(grid);
        layout.setFlexGrow(1, grid);
        return layout;
    }

    /** The unit's bulletins (通报) above its plans: a row opens the bulletin, where it is marked read. */
    private Grid<BulletinReading> bulletinGrid(VerticalLayout layout) {
        Grid<BulletinReading> grid = new Grid<>(BulletinReading.class, false);
        grid.setId(key() + "-bulletins");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(BulletinReading::title).setHeader(layout.getTranslation("bulletin.title")).setKey("title").setFlexGrow(3);
        grid.addColumn(BulletinReading::docNumber).setHeader(layout.getTranslation("bulletin.number")).setAutoWidth(true);
        grid.addColumn(reading -> Formats.dateTime(reading.publishedAt())).setHeader(layout.getTranslation("bulletin.published"))
                .setAutoWidth(true);
        if (read) {
            grid.addColumn(reading -> reading.readByName() + " " + Formats.dateTime(reading.readAt()))
                    .setHeader(layout.getTranslation("bulletin.column.reader")).setAutoWidth(true);
        }
        NarrowScreens.columns(grid, "title");
        grid.setHeight("16em");
        grid.addItemClickListener(event -> layout.getUI().ifPresent(ui -> ui.navigate(BulletinView.class,
                event.getItem().bulletinId())));
        return grid;
    }

    @org.springframework.stereotype.Component
    static class ToRead extends DeliveriesTab {

        ToRead(DeliveryService deliveries, BulletinService bulletins) {
            super(deliveries, bulletins, false);
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

        Read(DeliveryService deliveries, BulletinService bulletins) {
            super(deliveries, bulletins, true);
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
