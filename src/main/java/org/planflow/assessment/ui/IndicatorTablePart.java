package org.planflow.assessment.ui;

import static org.planflow.assessment.ui.AssessmentPageTexts.points;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.assessment.Criterion;
import org.planflow.assessment.Indicator;
import org.planflow.assessment.IndicatorTable;
import org.planflow.shared.ui.Callouts;

/**
 * A plan's indicators (考核指标) by category with each category's points, the bonus items (加分项) apart, and
 * the check of the totals against the stated ones above them.
 */
class IndicatorTablePart extends VerticalLayout {

    static final String CRITERIA = "criteria";

    IndicatorTablePart(IndicatorTable table) {
        setPadding(false);
        add(checkLine(table));
        if (table.indicators().isEmpty()) {
            return;
        }
        table.categories().stream().filter(category -> !category.bonus()).forEach(category -> add(category(table, category)));
        List<IndicatorTable.CategoryTotal> bonus = table.categories().stream().filter(IndicatorTable.CategoryTotal::bonus).toList();
        if (!bonus.isEmpty()) {
            VerticalLayout section = new VerticalLayout(new H3(getTranslation("assessment.page.indicators.bonus", points(table.bonus()))));
            section.setId("indicator-bonus");
            section.setPadding(false);
            bonus.forEach(category -> section.add(category(table, category)));
            add(section);
        }
    }

    private Component checkLine(IndicatorTable table) {
        Div line = new Div();
        line.setId("indicator-check");
        if (table.indicators().isEmpty()) {
            line.setText(getTranslation("assessment.page.indicators.empty"));
            return Callouts.warning(line);
        }
        if (table.baseMatches() && table.bonusMatches()) {
            line.setText(getTranslation("assessment.page.indicators.ok", points(table.base()), points(table.bonus())));
            line.addClassName("check-ok");
            line.getStyle().set("color", "var(--lumo-success-text-color)");
            return line;
        }
        if (!table.baseMatches()) {
            line.add(new Paragraph(getTranslation("assessment.page.indicators.baseWrong", points(table.base()), points(table.statedBase()))));
        }
        if (!table.bonusMatches()) {
            line.add(new Paragraph(getTranslation("assessment.page.indicators.bonusWrong", points(table.bonus()), points(table.statedBonus()))));
        }
        line.addClassName("check-warning");
        return Callouts.warning(line);
    }

    private Component category(IndicatorTable table, IndicatorTable.CategoryTotal category) {
        String name = category.name().isEmpty() ? getTranslation("assessment.page.indicators.uncategorized") : category.name();
        H4 heading = new H4(getTranslation("assessment.page.indicators.category", name, points(category.points()), category.indicators()));
        heading.addClassName("indicator-category");
        Grid<Indicator> grid = new Grid<>(Indicator.class, false);
        grid.addClassName("indicator-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(Indicator::itemSeq).setHeader(getTranslation("assessment.page.indicators.seq")).setWidth("4em").setFlexGrow(0);
        grid.addColumn(Indicator::name).setHeader(getTranslation("assessment.page.indicators.name")).setFlexGrow(2);
        grid.addColumn(indicator -> points(indicator.maxPoints())).setHeader(getTranslation("assessment.page.indicators.points"))
                .setWidth("5em").setFlexGrow(0);
        grid.addComponentColumn(this::criteria).setHeader(getTranslation("assessment.page.indicators.criteria")).setKey(CRITERIA)
                .setFlexGrow(4);
        grid.addColumn(indicator -> AssessmentPageTexts.units(this, indicator)).setHeader(getTranslation("assessment.page.indicators.units"))
                .setFlexGrow(2);
        grid.setItems(table.indicators().stream().filter(indicator -> indicator.category().equals(category.name())).toList());
        grid.setAllRowsVisible(true);
        VerticalLayout section = new VerticalLayout(heading, grid);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private Component criteria(Indicator indicator) {
        Div list = new Div();
        for (Criterion criterion : indicator.criteria()) {
            // 获省级质量奖的加2分 states its points already; 制定政策文件 gets them added as （2分）.
            String text = criterion.text().endsWith(points(criterion.points()) + "分") ? criterion.text()
                    : getTranslation("assessment.page.indicators.criterion", criterion.text(), points(criterion.points()));
            Div line = new Div(text);
            line.addClassName("indicator-criterion");
            list.add(line);
        }
        return list;
    }
}
