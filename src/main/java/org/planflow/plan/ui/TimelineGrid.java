package org.planflow.plan.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.planflow.plan.PlanAction;
import org.planflow.audit.AuditEntry;
import org.planflow.plan.PlanStatus;
import org.planflow.shared.Formats;
import org.planflow.shared.ui.Feedback;

/** A plan's timeline (审批记录, 日志): when, who, what, with which outcome and comment, and optionally the details. */
class TimelineGrid extends Grid<AuditEntry> {

    private static final String SYSTEM_ACTOR = "system";

    TimelineGrid(String id, List<AuditEntry> entries, boolean withDetails) {
        super(AuditEntry.class, false);
        setId(id);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(entry -> Formats.dateTime(entry.at())).setHeader(getTranslation("plan.log.when")).setKey("when")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(this::who).setHeader(getTranslation("plan.log.who")).setKey("who").setAutoWidth(true).setFlexGrow(0);
        addColumn(this::what).setHeader(getTranslation("plan.log.what")).setKey("what").setFlexGrow(1);
        addColumn(this::outcome).setHeader(getTranslation("plan.log.outcome")).setKey("outcome").setFlexGrow(1);
        addColumn(entry -> Objects.toString(entry.comment(), "")).setHeader(getTranslation("plan.log.comment"))
                .setKey("comment").setFlexGrow(3);
        if (withDetails) {
            addColumn(entry -> Objects.toString(entry.details(), "")).setHeader(getTranslation("plan.log.details"))
                    .setKey("details").setFlexGrow(2);
        }
        setItems(entries);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("plan.log.empty"));
    }

    private String who(AuditEntry entry) {
        if (SYSTEM_ACTOR.equals(entry.actor())) {
            return getTranslation("plan.log.system");
        }
        return entry.actorName() == null ? entry.actor() : entry.actorName();
    }

    private String what(AuditEntry entry) {
        return Feedback.translatedOr(this, "plan.action." + entry.action(), entry.action());
    }

    private String outcome(AuditEntry entry) {
        String outcome = entry.outcome();
        if (outcome == null) {
            return "";
        }
        if (PlanAction.STATUS.name().equals(entry.action()) && isStatus(outcome)) {
            return getTranslation("plan.status." + outcome);
        }
        return Feedback.translatedOr(this, "outcome." + outcome, outcome);
    }

    private static boolean isStatus(String value) {
        for (PlanStatus status : PlanStatus.values()) {
            if (status.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
