package org.planflow.assessment.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.assessment.MethodIndicator;
import org.planflow.organization.OrgUnit;

/**
 * One indicator of the method, added or changed: it goes into the grid on screen, and the method is checked and kept
 * only when the office saves it, so nothing typed is lost to a refusal.
 */
class MethodIndicatorDialog extends Dialog {

    private final TextField category = new TextField();
    private final TextField name = new TextField();
    private final BigDecimalField points = new BigDecimalField();
    private final TextArea scoringMethod = new TextArea();
    private final MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>();
    private final Checkbox bonus = new Checkbox();

    MethodIndicatorDialog(MethodIndicator given, List<OrgUnit> districtUnits, Consumer<MethodIndicator> done) {
        setId("method-indicator-dialog");
        setHeaderTitle(getTranslation("assessment.method.dialog.title"));
        category.setLabel(getTranslation("assessment.method.column.category"));
        category.setId("method-category");
        name.setLabel(getTranslation("assessment.method.column.name"));
        name.setId("method-name");
        name.setRequiredIndicatorVisible(true);
        points.setLabel(getTranslation("assessment.method.column.points"));
        points.setId("method-points");
        points.setRequiredIndicatorVisible(true);
        scoringMethod.setLabel(getTranslation("assessment.method.column.scoringMethod"));
        scoringMethod.setId("method-scoring");
        scoringMethod.setHelperText(getTranslation("assessment.method.scoringMethod.help"));
        units.setLabel(getTranslation("assessment.method.column.units"));
        units.setId("method-units");
        units.setItems(districtUnits);
        units.setItemLabelGenerator(OrgUnit::name);
        units.setHelperText(getTranslation("assessment.method.units.help"));
        bonus.setLabel(getTranslation("assessment.method.column.bonus"));
        bonus.setId("method-bonus");
        if (given != null) {
            category.setValue(Objects.requireNonNullElse(given.category(), ""));
            name.setValue(Objects.requireNonNullElse(given.name(), ""));
            points.setValue(given.points());
            scoringMethod.setValue(Objects.requireNonNullElse(given.scoringMethod(), ""));
            Map<String, OrgUnit> byCode = districtUnits.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
            units.setValue(given.responsibleUnits().stream().map(byCode::get).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            bonus.setValue(given.isBonus());
        }
        FormLayout form = new FormLayout(category, name, points, bonus, scoringMethod, units);
        form.setColspan(scoringMethod, 2);
        form.setColspan(units, 2);
        add(form);
        Button ok = new Button(getTranslation("assessment.method.dialog.ok"), click -> {
            done.accept(new MethodIndicator(category.getValue(), name.getValue(), points.getValue(), scoringMethod.getValue(),
                    units.getSelectedItems().stream().map(OrgUnit::code).toList(), bonus.getValue()));
            close();
        });
        ok.setId("method-indicator-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), ok);
    }
}
