package org.planflow.supervision.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.planflow.shared.Target;
import org.planflow.supervision.SupervisionFields;

/** One number field per target of the item in its report form: the target's name, its unit, and the value it aims at. */
class TargetFields extends Composite<VerticalLayout> {

    private final Map<String, BigDecimalField> fields = new LinkedHashMap<>();

    TargetFields(List<Target> targets) {
        getContent().setPadding(false);
        getContent().setSpacing(false);
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            BigDecimalField field = new BigDecimalField(target.name());
            field.setId("report-target-" + i);
            field.setWidthFull();
            field.setHelperText(TargetsPart.goal(this, target));
            if (target.unit() != null) {
                field.setSuffixComponent(new Span(target.unit()));
            }
            fields.put(target.name(), field);
            getContent().add(field);
        }
    }

    /** The values typed in, {name: value}; an empty field is sent as none, for the service to ask for. */
    Map<String, BigDecimal> values() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> values.put(name, field.getValue()));
        return values;
    }

    void fill(Map<String, BigDecimal> values) {
        fields.forEach((name, field) -> field.setValue(values.get(name)));
    }

    /** Each field under the name a refusal gives it, {@code targetValues.<name>}. */
    Map<String, HasValidation> byField() {
        Map<String, HasValidation> byField = new LinkedHashMap<>();
        fields.forEach((name, field) -> byField.put(SupervisionFields.targetValue(name), field));
        return byField;
    }
}
