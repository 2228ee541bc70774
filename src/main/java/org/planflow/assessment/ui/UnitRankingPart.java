package org.planflow.assessment.ui;

import static org.planflow.assessment.ui.AssessmentPageTexts.percent;
import static org.planflow.assessment.ui.AssessmentPageTexts.points;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.assessment.AssessmentResult;
import org.planflow.shared.ui.EChart;

/** The units ranked by their rate (得分率), as a table and as bars, best at the top. */
class UnitRankingPart extends VerticalLayout {

    private static final String BLUE = "#3b7ddd";

    UnitRankingPart(List<AssessmentResult.UnitResult> units) {
        setPadding(false);
        Grid<AssessmentResult.UnitResult> grid = new Grid<>(AssessmentResult.UnitResult.class, false);
        grid.setId("assessment-ranking");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(AssessmentResult.UnitResult::rank).setHeader(getTranslation("assessment.page.column.rank")).setWidth("5em")
                .setFlexGrow(0);
        grid.addColumn(line -> line.unit().name()).setHeader(getTranslation("assessment.page.column.unit")).setFlexGrow(2);
        grid.addColumn(line -> points(line.achieved()) + " / " + points(line.possible()))
                .setHeader(getTranslation("assessment.page.column.achieved")).setAutoWidth(true);
        grid.addColumn(line -> percent(line.rate())).setHeader(getTranslation("assessment.page.column.rate")).setAutoWidth(true);
        grid.addColumn(line -> points(line.bonus())).setHeader(getTranslation("assessment.page.column.bonus")).setAutoWidth(true);
        grid.addColumn(line -> percent(line.onTimeRate())).setHeader(getTranslation("assessment.page.column.onTime")).setAutoWidth(true);
        grid.setItems(units);
        grid.setAllRowsVisible(true);
        add(grid, chart(units));
    }

    /** ECharts draws the first bar at the bottom: the ranking goes in reversed. */
    private static EChart chart(List<AssessmentResult.UnitResult> units) {
        List<AssessmentResult.UnitResult> rated = new ArrayList<>(units.stream().filter(line -> line.rate() != null).toList());
        Collections.reverse(rated);
        return new EChart("assessment-rate-chart", EChart.bars(rated.stream().map(line -> line.unit().name()).toList(),
                rated.stream().map(line -> Math.round(line.rate().doubleValue() * 100)).toList(), BLUE), name -> { });
    }
}
