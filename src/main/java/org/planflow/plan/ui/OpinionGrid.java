package org.planflow.plan.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.planflow.consultation.Opinion;
import org.planflow.consultation.OpinionKind;

/**
 * The consultation opinions of every round with the drafter's decisions and reasons: together the
 * table of how opinions were adopted (意见采纳情况). Read-only.
 */
class OpinionGrid extends Grid<Opinion> {

    OpinionGrid(List<Opinion> opinions) {
        super(Opinion.class, false);
        setId("opinion-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Opinion::round).setHeader(getTranslation("plan.opinion.round")).setKey("round").setWidth("5em").setFlexGrow(0);
        addColumn(Opinion::unitName).setHeader(getTranslation("plan.opinion.unit")).setKey("unit").setFlexGrow(1);
        addColumn(this::section).setHeader(getTranslation("plan.opinion.section")).setKey("section").setFlexGrow(1);
        addColumn(this::text).setHeader(getTranslation("plan.opinion.text")).setKey("text").setFlexGrow(4);
        addColumn(this::decision).setHeader(getTranslation("plan.opinion.decision")).setKey("decision").setFlexGrow(1);
        addColumn(opinion -> opinion.reason() == null ? "" : opinion.reason()).setHeader(getTranslation("plan.opinion.reason"))
                .setKey("reason").setFlexGrow(3);
        setItems(opinions);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("plan.opinions.empty"));
    }

    private String section(Opinion opinion) {
        if (opinion.kind() != OpinionKind.OPINION) {
            return "";
        }
        return opinion.section() == null || opinion.section().isBlank() ? getTranslation("plan.opinion.section.whole") : opinion.section();
    }

    private String text(Opinion opinion) {
        return switch (opinion.kind()) {
            case OPINION -> opinion.text();
            case NO_OPINION -> getTranslation("plan.opinion.kind.NO_OPINION");
            case LATE_NO_OPINION -> getTranslation("plan.opinion.kind.LATE_NO_OPINION");
        };
    }

    private String decision(Opinion opinion) {
        if (opinion.decision() != null) {
            return getTranslation("plan.decision." + opinion.decision().name());
        }
        return opinion.needsAnswer() ? getTranslation("plan.decision.none") : "";
    }
}
