package org.planflow.assessment.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import org.planflow.assessment.Indicator;
import org.planflow.assessment.Points;
import org.planflow.plan.UnitRef;

/** How the assessment's pages word points, rates and units, so every part shows them alike. */
final class AssessmentPageTexts {

    static final String NONE = "—";

    private AssessmentPageTexts() {
    }

    static String points(BigDecimal value) {
        return value == null ? NONE : Points.of(value).toPlainString();
    }

    /** A rate of 0..1 as a whole-number percentage (0.875 → 88%). */
    static String percent(Number rate) {
        return rate == null ? NONE : Math.round(rate.doubleValue() * 100) + "%";
    }

    /** The responsible units, lead unit first and marked as such. */
    static String units(Component owner, Indicator indicator) {
        List<UnitRef> units = indicator.responsibleUnits();
        return units.stream().map(unit -> unit.equals(indicator.leadUnit())
                        ? owner.getTranslation("assessment.page.indicators.lead", unit.name()) : unit.name())
                .collect(Collectors.joining("、"));
    }
}
