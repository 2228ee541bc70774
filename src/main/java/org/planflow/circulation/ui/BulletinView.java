package org.planflow.circulation.ui;

import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.planflow.shared.ui.Unavailable;
import org.planflow.circulation.BulletinReading;
import org.planflow.circulation.BulletinReadings;
import org.planflow.circulation.BulletinService;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.shared.Formats;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.TaskKind;

/** A bulletin (通报) with its read receipts; a recipient unit marks it read here (已阅). */
@Route("bulletins")
@PermitAll
class BulletinView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient BulletinService bulletins;
    private final transient InboxService inbox;
    private final transient TaskCompletionService completion;
    private String title = "";

    BulletinView(BulletinService bulletins, InboxService inbox, TaskCompletionService completion) {
        this.bulletins = bulletins;
        this.inbox = inbox;
        this.completion = completion;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        load(id);
    }

    private void load(long id) {
        removeAll();
        BulletinReadings readings;
        try {
            readings = bulletins.readings(id);
        } catch (NotFoundException e) {
            title = getTranslation("bulletin.unavailable");
            add(new Unavailable(title, getTranslation("bulletin.notFound"), null));
            return;
        }
        title = readings.bulletin().title();
        add(new BulletinPanel(readings.bulletin()));
        openTask(readings).ifPresent(task -> add(ReadNotice.button(completion, task.id(), title, () -> load(id))));
        add(new H4(getTranslation("bulletin.readings") + " " + readings.readCount() + "/" + readings.readings().size()),
                grid(readings));
    }

    /** The caller's unit's reading task of this bulletin, while it is unread. */
    private Optional<InboxEntry> openTask(BulletinReadings readings) {
        if (readings.bulletin().planId() == null) {
            return Optional.empty();
        }
        return inbox.tasksOfPlan(readings.bulletin().planId()).stream()
                .filter(task -> TaskKind.READ_NOTICE.is(task.kind()))
                .filter(task -> readings.readings().stream().anyMatch(reading -> !reading.read()
                        && task.processInstanceId().equals(reading.processInstanceId())))
                .findFirst();
    }

    private Grid<BulletinReading> grid(BulletinReadings readings) {
        Grid<BulletinReading> grid = new Grid<>(BulletinReading.class, false);
        grid.setId("bulletin-readings");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(reading -> reading.unit().name()).setHeader(getTranslation("bulletin.column.unit")).setFlexGrow(2);
        grid.addColumn(reading -> getTranslation(!reading.read() ? "bulletin.state.unread"
                        : reading.late() ? "bulletin.state.late" : "bulletin.state.read"))
                .setHeader(getTranslation("bulletin.column.state")).setAutoWidth(true);
        grid.addColumn(BulletinReading::readByName).setHeader(getTranslation("bulletin.column.reader")).setAutoWidth(true);
        grid.addColumn(reading -> Formats.dateTime(reading.readAt())).setHeader(getTranslation("bulletin.column.readAt"))
                .setAutoWidth(true);
        grid.setItems(readings.readings());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
