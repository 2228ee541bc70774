package org.planflow.assessment.ui;

import static org.planflow.assessment.ui.AssessmentPageTexts.percent;
import static org.planflow.assessment.ui.AssessmentPageTexts.points;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.assessment.AssessmentResult;
import org.planflow.assessment.ScoredIndicator;

/**
 * A unit's own indicators with its self-scores, and once the results are published the office's scores and reasons
 * and its own result line.
 */
class OwnScoresPart extends VerticalLayout {

    OwnScoresPart(List<ScoredIndicator> indicators, List<AssessmentResult.UnitResult> ownLine, boolean published) {
        setPadding(false);
        Grid<ScoredIndicator> grid = new Grid<>(ScoredIndicator.class, false);
        grid.setId("assessment-own-indicators");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(scored -> scored.indicator().itemSeq()).setHeader(getTranslation("assessment.page.indicators.seq"))
                .setWidth("4em").setFlexGrow(0);
        grid.addColumn(scored -> scored.indicator().name()).setHeader(getTranslation("assessment.page.indicators.name")).setFlexGrow(2);
        grid.addColumn(scored -> AssessmentPageTexts.units(this, scored.indicator()))
                .setHeader(getTranslation("assessment.page.indicators.units")).setFlexGrow(1);
        grid.addColumn(scored -> points(scored.indicator().maxPoints())).setHeader(getTranslation("assessment.page.column.max"))
                .setAutoWidth(true);
        grid.addColumn(scored -> points(scored.selfScore())).setHeader(getTranslation("assessment.page.column.selfScore"))
                .setAutoWidth(true);
        grid.addColumn(scored -> points(scored.officeScore())).setHeader(getTranslation("assessment.page.column.officeScore"))
                .setKey("officeScore").setAutoWidth(true).setVisible(published);
        grid.addColumn(scored -> Objects.toString(scored.reason(), "")).setHeader(getTranslation("assessment.page.column.officeReason"))
                .setKey("officeReason").setFlexGrow(2).setVisible(published);
        grid.setItems(indicators);
        grid.setAllRowsVisible(true);
        add(grid);
        ownLine.forEach(line -> {
            Paragraph text = new Paragraph(getTranslation("assessment.page.own.line", line.unit().name(), points(line.achieved()),
                    points(line.possible()), percent(line.rate()), points(line.bonus()), percent(line.onTimeRate()), line.rank()));
            text.addClassName("assessment-own-result");
            add(text);
        });
    }
}
