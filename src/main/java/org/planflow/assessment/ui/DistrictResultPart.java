package org.planflow.assessment.ui;

import static org.planflow.assessment.ui.AssessmentPageTexts.points;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.assessment.AssessmentResult;
import org.planflow.assessment.AssessmentStatus;

/** The district's results: score per category, base out of 100, bonus out of 5, the total, and the points lost and why. */
class DistrictResultPart extends VerticalLayout {

    DistrictResultPart(AssessmentResult result) {
        setPadding(false);
        AssessmentResult.District district = result.district();
        if (result.assessment().status() != AssessmentStatus.PUBLISHED) {
            Paragraph provisional = new Paragraph(getTranslation("assessment.page.provisional"));
            provisional.setId("assessment-provisional");
            add(provisional);
        }
        Grid<AssessmentResult.CategoryScore> categories = new Grid<>(AssessmentResult.CategoryScore.class, false);
        categories.setId("assessment-categories");
        categories.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        categories.addColumn(AssessmentResult.CategoryScore::name).setHeader(getTranslation("assessment.page.column.category"))
                .setFlexGrow(2);
        categories.addColumn(category -> points(category.max())).setHeader(getTranslation("assessment.page.column.max"))
                .setAutoWidth(true);
        categories.addColumn(category -> points(category.score())).setHeader(getTranslation("assessment.page.column.score"))
                .setAutoWidth(true);
        categories.setItems(district.categories());
        categories.setAllRowsVisible(true);
        Paragraph totals = new Paragraph(getTranslation("assessment.page.totals", points(district.base()), points(district.baseMax()),
                points(district.bonus()), points(district.bonusMax()), points(district.total())));
        totals.setId("assessment-totals");
        totals.getStyle().set("font-weight", "600");
        add(categories, totals);
        if (result.lost().isEmpty()) {
            return;
        }
        Grid<AssessmentResult.LostPoints> lost = new Grid<>(AssessmentResult.LostPoints.class, false);
        lost.setId("assessment-lost");
        lost.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        lost.addColumn(AssessmentResult.LostPoints::itemSeq).setHeader(getTranslation("assessment.page.indicators.seq"))
                .setWidth("4em").setFlexGrow(0);
        lost.addColumn(AssessmentResult.LostPoints::indicator).setHeader(getTranslation("assessment.page.indicators.name")).setFlexGrow(2);
        lost.addColumn(line -> points(line.max().subtract(line.score()))).setHeader(getTranslation("assessment.page.column.lost"))
                .setAutoWidth(true);
        lost.addColumn(AssessmentResult.LostPoints::reason).setHeader(getTranslation("assessment.page.column.reason")).setFlexGrow(3);
        lost.setItems(result.lost());
        lost.setAllRowsVisible(true);
        add(new H4(getTranslation("assessment.page.lost")), lost);
    }
}
