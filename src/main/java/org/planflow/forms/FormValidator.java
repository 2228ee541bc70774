package org.planflow.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.planflow.forms.FieldProblem.Problem;
import org.planflow.shared.InvalidInputException;

/**
 * Checks submitted values against a form's rules on the server, as form-js does in the browser:
 * lengths count the trimmed text, and a pattern must be found in the value (anchor it with ^…$ to
 * match the whole), so a form behaves the same in PlanFlow and in Camunda Tasklist.
 */
public final class FormValidator {

    private FormValidator() {
    }

    /**
     * The values typed for the process: text as String (a blank one as null), number as Long when
     * whole and BigDecimal otherwise, checkbox as Boolean (unchecked when absent), date as an ISO
     * string, select and radio as the option's value. Every input field of the form is in the result;
     * keys the form does not know are kept unchanged, the caller decides about them.
     *
     * @throws InvalidInputException for the first field, in form order, whose value breaks a rule
     */
    public static Map<String, Object> validate(FormDefinition form, Map<String, ?> values) {
        Map<String, Object> result = new LinkedHashMap<>(values == null ? Map.of() : values);
        for (FormField field : form.inputs()) {
            Checked checked = check(field, values == null ? null : values.get(field.key()));
            if (checked.problem() != null) {
                throw checked.problem().refusal();
            }
            result.put(field.key(), checked.value());
        }
        return result;
    }

    /** Every field whose value breaks a rule, in form order, with the first rule it breaks; empty when all is well. */
    public static List<FieldProblem> problems(FormDefinition form, Map<String, ?> values) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FormField field : form.inputs()) {
            Checked checked = check(field, values == null ? null : values.get(field.key()));
            if (checked.problem() != null) {
                problems.add(checked.problem());
            }
        }
        return problems;
    }

    /** One field's value, typed, or the problem with it. */
    static Checked check(FormField field, Object raw) {
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> text(field, raw);
            case NUMBER -> number(field, raw);
            case SELECT, RADIO -> option(field, raw);
            case CHECKBOX -> checkbox(field, raw);
            case DATETIME -> date(field, raw);
            case TEXT -> throw new IllegalArgumentException("A text component takes no value");
        };
    }

    /** The number in a value as the form sees it, or null when there is none. */
    static BigDecimal decimal(Object raw) {
        if (raw instanceof BigDecimal decimal) {
            return decimal;
        }
        if (raw instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (raw instanceof Double || raw instanceof Float) {
            double value = ((Number) raw).doubleValue();
            return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
        }
        if (raw instanceof Number number) {
            return BigDecimal.valueOf(number.longValue());
        }
        if (raw instanceof CharSequence text) {
            try {
                return new BigDecimal(text.toString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The date in a value as the form sees it (a LocalDate or an ISO string), or null when there is none. */
    static LocalDate date(Object raw) {
        if (raw instanceof LocalDate date) {
            return date;
        }
        if (raw instanceof CharSequence text) {
            try {
                return LocalDate.parse(text.toString().strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static Checked text(FormField field, Object raw) {
        String value = isEmpty(raw) ? null : raw.toString();
        if (value == null) {
            return field.required() ? problem(field, Problem.REQUIRED) : Checked.ok(null);
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (field.minLength() != null && length < field.minLength()) {
            return problem(field, Problem.TOO_SHORT, field.minLength(), length);
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            return problem(field, Problem.TOO_LONG, field.maxLength(), length);
        }
        // A one-line field is kept trimmed; a text area keeps its layout, such as a paragraph's indent.
        String kept = field.type() == FormField.Type.TEXTFIELD ? trimmed : value;
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(kept).find()) {
            return problem(field, Problem.PATTERN, kept, field.pattern());
        }
        return Checked.ok(kept);
    }

    private static Checked number(FormField field, Object raw) {
        if (isEmpty(raw)) {
            return field.required() ? problem(field, Problem.REQUIRED) : Checked.ok(null);
        }
        BigDecimal number = decimal(raw);
        if (number == null) {
            return problem(field, Problem.NOT_A_NUMBER, raw);
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            return problem(field, Problem.TOO_SMALL, field.min().toPlainString(), number.toPlainString());
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            return problem(field, Problem.TOO_LARGE, field.max().toPlainString(), number.toPlainString());
        }
        try {
            return Checked.ok(number.longValueExact());
        } catch (ArithmeticException notWhole) {
            return Checked.ok(number);
        }
    }

    private static Checked option(FormField field, Object raw) {
        if (isEmpty(raw)) {
            return field.required() ? problem(field, Problem.REQUIRED) : Checked.ok(null);
        }
        String value = raw.toString().strip();
        for (FormOption option : field.options()) {
            if (option.value().equals(value)) {
                return Checked.ok(option.value());
            }
        }
        String allowed = field.options().stream().map(FormOption::value).collect(Collectors.joining(", "));
        return problem(field, Problem.NOT_AN_OPTION, value, allowed);
    }

    /** A required checkbox must be ticked, as in form-js (for example "I have read the plan"). */
    private static Checked checkbox(FormField field, Object raw) {
        Boolean checked;
        if (isEmpty(raw)) {
            checked = false;
        } else if (raw instanceof Boolean bool) {
            checked = bool;
        } else {
            String text = raw.toString().strip().toLowerCase(Locale.ROOT);
            checked = text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
        }
        if (checked == null) {
            return problem(field, Problem.NOT_AN_OPTION, raw, "true, false");
        }
        return field.required() && !checked ? problem(field, Problem.REQUIRED) : Checked.ok(checked);
    }

    private static Checked date(FormField field, Object raw) {
        if (isEmpty(raw)) {
            return field.required() ? problem(field, Problem.REQUIRED) : Checked.ok(null);
        }
        LocalDate date = date(raw);
        return date == null ? problem(field, Problem.NOT_A_DATE, raw) : Checked.ok(date.toString());
    }

    private static boolean isEmpty(Object raw) {
        return raw == null || raw instanceof CharSequence text && text.toString().isBlank();
    }

    private static Checked problem(FormField field, Problem code, Object... args) {
        List<String> texts = new ArrayList<>();
        for (Object arg : args) {
            texts.add(String.valueOf(arg));
        }
        return new Checked(null, new FieldProblem(field.key(), code, texts));
    }

    /** Either the typed value or the problem; the value is null for an empty optional field. */
    record Checked(Object value, FieldProblem problem) {

        static Checked ok(Object value) {
            return new Checked(value, null);
        }
    }
}
