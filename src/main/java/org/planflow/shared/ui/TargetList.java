package org.planflow.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.shared.Target;

/**
 * An item's numeric targets (指标) being typed: name, unit, ≥ or ≤, target value, baseline and the year it is due, one
 * row each, added and removed freely, as the editor's row dialog and the office's change of a supervised item have
 * them. A row left without name and value is not sent; any other row is, as typed, so the service says what it lacks
 * beside the field.
 */
public class TargetList extends VerticalLayout {

    /** A target's fields as the services name them, after the list's index: targets[0].value. */
    private static final String NAME = "name";
    private static final String UNIT = "unit";
    private static final String DIRECTION = "direction";
    private static final String VALUE = "value";

    private record Row(TextField name, TextField unit, Select<Target.Direction> direction, BigDecimalField value,
                       BigDecimalField baseline, IntegerField year) {

        boolean empty() {
            return name.getValue().isBlank() && value.getValue() == null;
        }

        Target target() {
            return new Target(name.getValue(), unit.getValue(), direction.getValue(), value.getValue(), baseline.getValue(),
                    year.getValue());
        }

        Map<String, HasValidation> fields() {
            return Map.of(NAME, name, UNIT, unit, DIRECTION, direction, VALUE, value);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Pattern fieldName;
    private final int maxName;

    /**
     * @param listField the services' name of the list, {@code targets}
     * @param maxName   the longest name the service takes
     */
    public TargetList(String listField, List<Target> targets, int maxName) {
        this.fieldName = Pattern.compile(Pattern.quote(listField) + "\\[(\\d+)]\\.(\\w+)");
        this.maxName = maxName;
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        Span label = new Span(getTranslation("targets.label"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Button add = new Button(getTranslation("targets.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(null);
            render();
        });
        add.setId("item-add-target");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        targets.forEach(this::addRow);
        render();
        add(label, list, add);
    }

    private void addRow(Target target) {
        TextField name = text("targets.name", "12em");
        name.setMaxLength(maxName);
        TextField unit = text("targets.unit", "5em");
        Select<Target.Direction> direction = new Select<>();
        direction.setLabel(getTranslation("targets.direction"));
        direction.setItems(Target.Direction.values());
        direction.setItemLabelGenerator(value -> getTranslation("targets.direction." + value.name()));
        direction.setValue(Target.Direction.GE);
        direction.setWidth("7.5em");
        BigDecimalField value = number("targets.value");
        BigDecimalField baseline = number("targets.baseline");
        IntegerField year = new IntegerField(getTranslation("targets.year"));
        year.setWidth("6em");
        if (target != null) {
            name.setValue(target.name());
            unit.setValue(target.unit() == null ? "" : target.unit());
            direction.setValue(target.direction());
            value.setValue(target.value());
            baseline.setValue(target.baseline());
            year.setValue(target.year());
        }
        rows.add(new Row(name, unit, direction, value, baseline, year));
    }

    private TextField text(String key, String width) {
        TextField field = new TextField(getTranslation(key));
        field.setManualValidation(true);
        field.setWidth(width);
        field.addValueChangeListener(event -> field.setInvalid(false));
        return field;
    }

    private BigDecimalField number(String key) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setWidth("7em");
        field.addValueChangeListener(event -> field.setInvalid(false));
        return field;
    }

    /** Rows are laid out afresh so their ids follow their position. */
    private void render() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.name().setId("item-target-name-" + i);
            row.unit().setId("item-target-unit-" + i);
            row.direction().setId("item-target-direction-" + i);
            row.value().setId("item-target-value-" + i);
            row.baseline().setId("item-target-baseline-" + i);
            row.year().setId("item-target-year-" + i);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(row);
                render();
            });
            remove.setId("item-remove-target-" + i);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("targets.remove"));
            HorizontalLayout line = new HorizontalLayout(row.name(), row.unit(), row.direction(), row.value(), row.baseline(),
                    row.year(), remove);
            line.setWrap(true);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(line);
        }
    }

    private List<Row> sent() {
        return rows.stream().filter(row -> !row.empty()).toList();
    }

    public List<Target> values() {
        return sent().stream().map(Row::target).toList();
    }

    public void clearErrors() {
        rows.forEach(row -> row.fields().values().forEach(field -> field.setInvalid(false)));
    }

    /** Marks the refused field ({@code targets[0].value}); false when it is none of these. */
    public boolean showError(String field, String message) {
        Matcher m = fieldName.matcher(field);
        List<Row> sent = sent();
        if (!m.matches() || Integer.parseInt(m.group(1)) >= sent.size()) {
            return false;
        }
        HasValidation target = sent.get(Integer.parseInt(m.group(1))).fields().get(m.group(2));
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }
}
