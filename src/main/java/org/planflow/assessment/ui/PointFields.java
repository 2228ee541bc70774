package org.planflow.assessment.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.textfield.NumberField;
import org.planflow.assessment.Points;

/** Points as the assessment's forms show and take them: 0 to a maximum in steps of 0.5. */
final class PointFields {

    private static final double STEP = 0.5;

    private PointFields() {
    }

    static String text(BigDecimal points) {
        return points == null ? "" : Points.of(points).toPlainString();
    }

    static NumberField field(BigDecimal max, BigDecimal value) {
        NumberField field = new NumberField();
        field.setMin(0);
        field.setMax(max.doubleValue());
        field.setStep(STEP);
        field.setStepButtonsVisible(true);
        field.setManualValidation(true);
        field.setWidth("8em");
        if (value != null) {
            field.setValue(value.doubleValue());
        }
        return field;
    }

    static BigDecimal of(Double value) {
        return value == null ? null : Points.of(BigDecimal.valueOf(value));
    }
}
