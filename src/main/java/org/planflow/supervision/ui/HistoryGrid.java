package org.planflow.supervision.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.planflow.audit.AuditEntry;
import org.planflow.audit.AuditService;
import org.planflow.shared.Formats;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.NarrowScreens;

/** Everything that happened to the item, oldest first, worded like the plan's log. */
class HistoryGrid extends Grid<AuditEntry> {

    HistoryGrid(List<AuditEntry> history) {
        super(AuditEntry.class, false);
        setId("history-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(entry -> Formats.dateTime(entry.at())).setHeader(getTranslation("plan.log.when")).setKey("when")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(this::who).setHeader(getTranslation("plan.log.who")).setKey("who").setAutoWidth(true).setFlexGrow(0);
        addColumn(entry -> Feedback.translatedOr(this, "plan.action." + entry.action(), entry.action()))
                .setHeader(getTranslation("plan.log.what")).setKey("what").setAutoWidth(true).setFlexGrow(0);
        addColumn(entry -> entry.outcome() == null ? ""
                : Feedback.translatedOr(this, "outcome." + entry.outcome(), entry.outcome()))
                .setHeader(getTranslation("plan.log.outcome")).setKey("outcome").setAutoWidth(true).setFlexGrow(0);
        addColumn(entry -> Objects.toString(entry.comment(), "")).setHeader(getTranslation("plan.log.comment")).setKey("comment")
                .setFlexGrow(2);
        addColumn(entry -> Objects.toString(entry.details(), "")).setHeader(getTranslation("plan.log.details")).setKey("details")
                .setFlexGrow(2);
        NarrowScreens.columns(this, "when", "what", "outcome");
        setItems(history);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("plan.log.empty"));
    }

    private String who(AuditEntry entry) {
        if (AuditService.SYSTEM.equals(entry.actor())) {
            return getTranslation("plan.log.system");
        }
        return entry.actorName() == null ? entry.actor() : entry.actorName();
    }
}
