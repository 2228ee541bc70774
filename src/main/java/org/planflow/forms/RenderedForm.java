package org.planflow.forms;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A Camunda form drawn with core Vaadin fields, one per component, each with the id
 * {@code form-<key>}. The embedding view reads {@link #values()}, checks them with
 * {@link #validateAndShow()}, and shows the service's later refusals with {@link #showError}.
 * Vaadin's own field validation is off: the form's rules are checked once, by {@link FormValidator}.
 */
public class RenderedForm extends Composite<FormLayout> {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");

    private final FormDefinition form;
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final Div formError = new Div();

    public RenderedForm(FormDefinition form, Map<String, Object> initialValues) {
        this.form = form;
        Map<String, Object> initial = initialValues == null ? Map.of() : initialValues;
        FormLayout layout = getContent();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (FormField field : form.fields()) {
            if (field.isInput()) {
                Object value = initial.containsKey(field.key()) ? initial.get(field.key()) : field.defaultValue();
                Input input = input(field, value);
                inputs.put(field.key(), input);
                layout.add(input.component());
            } else {
                layout.add(text(field, initial));
            }
        }
        formError.setId("form-error");
        formError.setVisible(false);
        formError.getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        layout.add(formError);
    }

    /** The entered values by key, typed as {@link FormValidator#validate} types them where they are valid, as entered where not. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((key, input) -> {
            Object raw = input.value().get();
            FormValidator.Checked checked = FormValidator.check(input.field(), raw);
            values.put(key, checked.problem() == null ? checked.value() : raw);
        });
        return values;
    }

    /** Checks every field, shows each problem beside its field in the user's language, and says whether all is well. */
    public boolean validateAndShow() {
        clearErrors();
        List<FieldProblem> problems = FormValidator.problems(form, values());
        for (FieldProblem problem : problems) {
            showError(problem.key(), getTranslation(problem.code().translationKey(), problem.args().toArray()));
        }
        if (!problems.isEmpty() && inputs.get(problems.get(0).key()).component() instanceof Focusable<?> first) {
            first.focus();
        }
        return problems.isEmpty();
    }

    /** Shows a message beside the field with this key, or above the buttons when the form has no such field. */
    public void showError(String key, String message) {
        Input input = key == null ? null : inputs.get(key);
        if (input == null) {
            formError.setText(message);
            formError.setVisible(true);
            return;
        }
        input.validation().setErrorMessage(message);
        input.validation().setInvalid(true);
    }

    /** The Vaadin field of an input, e.g. to disable it while the task is not claimed. */
    public Optional<Component> field(String key) {
        return Optional.ofNullable(inputs.get(key)).map(Input::component);
    }

    private void clearErrors() {
        for (Input input : inputs.values()) {
            input.validation().setInvalid(false);
            input.validation().setErrorMessage(null);
        }
        formError.setVisible(false);
        formError.setText("");
    }

    private Input input(FormField field, Object initial) {
        return switch (field.type()) {
            case TEXTFIELD -> {
                TextField text = new TextField();
                text.setManualValidation(true);
                text.setValue(initial == null ? "" : initial.toString());
                if (field.maxLength() != null) {
                    text.setMaxLength(field.maxLength());
                }
                yield bind(field, text, text::getValue);
            }
            case TEXTAREA -> {
                TextArea text = new TextArea();
                text.setManualValidation(true);
                text.setValue(initial == null ? "" : initial.toString());
                if (field.maxLength() != null) {
                    text.setMaxLength(field.maxLength());
                }
                text.setMinHeight("6em");
                yield bind(field, text, text::getValue);
            }
            case NUMBER -> {
                BigDecimalField number = new BigDecimalField();
                number.setManualValidation(true);
                number.setValue(FormValidator.decimal(initial));
                yield bind(field, number, number::getValue);
            }
            case SELECT -> {
                Select<String> select = new Select<>();
                select.setManualValidation(true);
                select.setItems(field.options().stream().map(FormOption::value).toList());
                select.setItemLabelGenerator(value -> label(field, value));
                select.setEmptySelectionAllowed(!field.required());
                select.setValue(option(field, initial));
                yield bind(field, select, select::getValue);
            }
            case RADIO -> {
                RadioButtonGroup<String> radio = new RadioButtonGroup<>();
                radio.setManualValidation(true);
                radio.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                radio.setItems(field.options().stream().map(FormOption::value).toList());
                radio.setItemLabelGenerator(value -> label(field, value));
                radio.setValue(option(field, initial));
                yield bind(field, radio, radio::getValue);
            }
            case CHECKBOX -> {
                Checkbox checkbox = new Checkbox();
                checkbox.setManualValidation(true);
                checkbox.setValue(Boolean.TRUE.equals(initial) || "true".equals(initial));
                yield bind(field, checkbox, checkbox::getValue);
            }
            case DATETIME -> {
                DatePicker date = new DatePicker();
                date.setManualValidation(true);
                date.setValue(FormValidator.date(initial));
                yield bind(field, date, () -> {
                    LocalDate value = date.getValue();
                    return value == null ? null : value.toString();
                });
            }
            case TEXT -> throw new IllegalArgumentException("A text component is not an input");
        };
    }

    private static <C extends Component & InputField<?, ?> & HasValidationProperties> Input bind(
            FormField field, C component, SerializableSupplier<Object> value) {
        component.setId("form-" + field.key());
        component.setLabel(field.label() == null ? field.key() : field.label());
        if (field.description() != null) {
            component.setHelperText(field.description());
        }
        component.setRequiredIndicatorVisible(field.required());
        component.setReadOnly(field.readonly());
        component.setWidthFull();
        // A corrected value no longer deserves the old complaint; the next check decides again.
        component.addValueChangeListener(event -> component.setInvalid(false));
        return new Input(field, component, component, value);
    }

    private static String label(FormField field, String value) {
        if (value == null) {
            return "";
        }
        return field.options().stream().filter(option -> option.value().equals(value))
                .map(FormOption::label).findFirst().orElse(value);
    }

    /** The initial value when it is one of the options; anything else starts unselected. */
    private static String option(FormField field, Object initial) {
        if (initial == null) {
            return null;
        }
        String value = initial.toString();
        return field.options().stream().anyMatch(option -> option.value().equals(value)) ? value : null;
    }

    /** Markdown shown as plain text; {{variable}} filled in from the initial values where given. */
    private static Component text(FormField field, Map<String, Object> variables) {
        Matcher matcher = TEMPLATE.matcher(field.text() == null ? "" : field.text());
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            Object value = variables.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value.toString()));
        }
        matcher.appendTail(filled);
        Paragraph paragraph = new Paragraph(plain(filled.toString()));
        paragraph.addClassName("form-text");
        paragraph.getStyle().set("white-space", "pre-line").set("margin", "0");
        return paragraph;
    }

    private static String plain(String markdown) {
        return markdown
                .replaceAll("(?m)^\\s{0,3}#{1,6}\\s+", "")
                .replaceAll("(?m)^\\s{0,3}>\\s?", "")
                .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replace("**", "")
                .replace("__", "")
                .replace("`", "")
                .strip();
    }

    private record Input(FormField field, Component component, HasValidationProperties validation,
                         SerializableSupplier<Object> value) implements Serializable {
    }
}
