package org.planflow.supervision.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.planflow.shared.ui.NarrowScreens;
import org.planflow.supervision.ExtensionRequest;

/** The lead unit's extension requests (延期申请) and the office's decisions. */
class ExtensionsGrid extends Grid<ExtensionRequest> {

    ExtensionsGrid(List<ExtensionRequest> extensions, UnaryOperator<String> names) {
        super(ExtensionRequest.class, false);
        setId("extensions-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(request -> request.previousDue() + " → " + request.requestedDue())
                .setHeader(getTranslation("supervision.extension.dates")).setKey("dates").setAutoWidth(true).setFlexGrow(0);
        addColumn(ExtensionRequest::reason).setHeader(getTranslation("supervision.extension.reason")).setKey("reason").setFlexGrow(3);
        addColumn(request -> ReportsGrid.who(names, request.requestedBy(), request.requestedAt()))
                .setHeader(getTranslation("supervision.extension.requested")).setKey("requested").setAutoWidth(true).setFlexGrow(0);
        addColumn(request -> getTranslation("supervision.extension." + Objects.toString(request.decision(), "PENDING")))
                .setHeader(getTranslation("supervision.extension.decision")).setKey("decision").setAutoWidth(true).setFlexGrow(0);
        addColumn(request -> Objects.toString(request.comment(), "")).setHeader(getTranslation("supervision.extension.comment"))
                .setKey("comment").setFlexGrow(2);
        addColumn(request -> ReportsGrid.who(names, request.decidedBy(), request.decidedAt()))
                .setHeader(getTranslation("supervision.extension.decided")).setKey("decided").setAutoWidth(true).setFlexGrow(0);
        NarrowScreens.columns(this, "dates", "decision");
        setItems(extensions);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("supervision.extensions.empty"));
    }
}
