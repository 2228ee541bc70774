package org.planflow.assessment.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.assessment.AssessmentResult;

/** The results a leader decides on: the district per category and in total, the points lost and why, the unit ranking. */
class ResultsSummary extends VerticalLayout {

    ResultsSummary(AssessmentResult result) {
        setPadding(false);
        AssessmentResult.District district = result.district();
        Paragraph totals = new Paragraph(getTranslation("assessment.task.totals", PointFields.text(district.base()),
                PointFields.text(district.baseMax()), PointFields.text(district.bonus()), PointFields.text(district.bonusMax()),
                PointFields.text(district.total())));
        totals.setId("results-totals");
        add(new H4(getTranslation("assessment.task.results.district")), categories(district), totals,
                new H4(getTranslation("assessment.task.results.lost")), lost(result),
                new H4(getTranslation("assessment.task.results.units")), units(result));
    }

    private Grid<AssessmentResult.CategoryScore> categories(AssessmentResult.District district) {
        Grid<AssessmentResult.CategoryScore> grid = grid("results-categories");
        grid.addColumn(AssessmentResult.CategoryScore::name).setHeader(getTranslation("assessment.task.column.category"));
        grid.addColumn(category -> PointFields.text(category.max())).setHeader(getTranslation("assessment.task.column.max"));
        grid.addColumn(category -> PointFields.text(category.score())).setHeader(getTranslation("assessment.task.column.score"));
        grid.setItems(district.categories());
        return grid;
    }

    private Grid<AssessmentResult.LostPoints> lost(AssessmentResult result) {
        Grid<AssessmentResult.LostPoints> grid = grid("results-lost");
        grid.addColumn(AssessmentResult.LostPoints::itemSeq).setHeader(getTranslation("assessment.task.column.seq")).setAutoWidth(true);
        grid.addColumn(AssessmentResult.LostPoints::indicator).setHeader(getTranslation("assessment.task.column.name")).setFlexGrow(2);
        grid.addColumn(lost -> PointFields.text(lost.max())).setHeader(getTranslation("assessment.task.column.max")).setAutoWidth(true);
        grid.addColumn(lost -> PointFields.text(lost.score())).setHeader(getTranslation("assessment.task.column.score"))
                .setAutoWidth(true);
        grid.addColumn(lost -> PointFields.text(lost.max().subtract(lost.score())))
                .setHeader(getTranslation("assessment.task.column.lost")).setAutoWidth(true);
        grid.addColumn(lost -> Objects.requireNonNullElse(lost.reason(), "")).setHeader(getTranslation("assessment.task.column.reason"))
                .setFlexGrow(3);
        grid.setItems(result.lost());
        grid.setEmptyStateText(getTranslation("assessment.task.results.noLost"));
        return grid;
    }

    private Grid<AssessmentResult.UnitResult> units(AssessmentResult result) {
        Grid<AssessmentResult.UnitResult> grid = grid("results-units");
        grid.addColumn(AssessmentResult.UnitResult::rank).setHeader(getTranslation("assessment.task.column.rank")).setAutoWidth(true);
        grid.addColumn(unit -> unit.unit().name()).setHeader(getTranslation("assessment.task.column.unit")).setFlexGrow(2);
        grid.addColumn(unit -> PointFields.text(unit.achieved()) + " / " + PointFields.text(unit.possible()))
                .setHeader(getTranslation("assessment.task.column.achieved"));
        grid.addColumn(unit -> percent(unit.rate())).setHeader(getTranslation("assessment.task.column.rate"));
        grid.addColumn(unit -> PointFields.text(unit.bonus())).setHeader(getTranslation("assessment.task.column.bonus"));
        grid.addColumn(unit -> unit.onTimeRate() == null ? "—" : percent(BigDecimal.valueOf(unit.onTimeRate())))
                .setHeader(getTranslation("assessment.task.column.onTime"));
        grid.setItems(result.units());
        return grid;
    }

    /** Rates are fractions of 1. */
    private static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
