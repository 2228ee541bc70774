package org.planflow.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.planflow.forms.FormField.Type;

/**
 * Reads form-js JSON (schemaVersion 16, as Camunda Modeler saves it for Camunda 7). Properties that
 * only affect looks (layout, exporter) are skipped; ones that would change what a user may submit
 * and that PlanFlow does not implement (conditions, dynamic options, other validation types) are refused.
 */
final class FormJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SUPPORTED = Arrays.stream(Type.values()).map(Type::json).collect(Collectors.joining(", "));

    private FormJson() {
    }

    static FormDefinition parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The form is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The form must be a JSON object");
        }
        String id = text(root, "id");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("The form has no id; Camunda deploys it under its id");
        }
        JsonNode components = root.path("components");
        if (!components.isArray()) {
            throw new IllegalArgumentException("Form '" + id + "' has no components array");
        }
        List<FormField> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int index = 0;
        for (JsonNode component : components) {
            String where = "Form '" + id + "', component " + describe(component, index++);
            FormField field = field(component, where);
            if (field.isInput() && !keys.add(field.key())) {
                throw new IllegalArgumentException(where + ": the key '" + field.key() + "' is used twice");
            }
            fields.add(field);
        }
        return new FormDefinition(id, fields);
    }

    private static FormField field(JsonNode component, String where) {
        if (!component.isObject()) {
            throw new IllegalArgumentException(where + " is not a JSON object");
        }
        Type type = type(component, where);
        if (component.has("conditional")) {
            throw new IllegalArgumentException(where + ": conditions (conditional) are not supported");
        }
        String key = null;
        if (type != Type.TEXT) {
            key = text(component, "key");
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(where + ": a " + type.json() + " field needs a key");
            }
        }
        if (type == Type.DATETIME) {
            String subtype = text(component, "subtype");
            if (subtype != null && !subtype.equals("date")) {
                throw new IllegalArgumentException(where + ": datetime subtype '" + subtype + "' is not supported, only 'date'");
            }
        }
        JsonNode validate = component.path("validate");
        String validationType = text(validate, "validationType");
        if (validationType != null && !validationType.equals("custom")) {
            throw new IllegalArgumentException(where + ": validationType '" + validationType + "' is not supported; use a pattern");
        }
        String pattern = text(validate, "pattern");
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": the pattern is not a valid regular expression: " + e.getDescription(), e);
            }
        }
        String label = text(component, "label");
        if (label == null) {
            label = text(component, "dateLabel");
        }
        return new FormField(type, key, label, text(component, "description"),
                validate.path("required").asBoolean(false), pattern,
                integer(validate, "minLength", where), integer(validate, "maxLength", where),
                decimal(validate, "min", where), decimal(validate, "max", where),
                options(component, type, where), defaultValue(component.get("defaultValue"), type),
                flag(component, "readonly", where) || flag(component, "disabled", where),
                type == Type.TEXT ? text(component, "text") : null);
    }

    private static Type type(JsonNode component, String where) {
        String name = text(component, "type");
        if (name == null) {
            throw new IllegalArgumentException(where + " has no type");
        }
        for (Type type : Type.values()) {
            if (type.json().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException(where + " has type '" + name + "', which PlanFlow cannot render; supported types: " + SUPPORTED);
    }

    private static List<FormOption> options(JsonNode component, Type type, String where) {
        if (type != Type.SELECT && type != Type.RADIO) {
            return List.of();
        }
        JsonNode values = component.path("values");
        if (!values.isArray() || values.isEmpty()) {
            throw new IllegalArgumentException(where + ": a " + type.json()
                    + " field must list its values; options from a variable (valuesKey, valuesExpression) are not supported");
        }
        List<FormOption> options = new ArrayList<>();
        for (JsonNode value : values) {
            String optionValue = text(value, "value");
            if (optionValue == null) {
                throw new IllegalArgumentException(where + ": every value needs a value");
            }
            String optionLabel = text(value, "label");
            options.add(new FormOption(optionLabel == null ? optionValue : optionLabel, optionValue));
        }
        return options;
    }

    private static Object defaultValue(JsonNode node, Type type) {
        if (node == null || node.isNull()) {
            return null;
        }
        return switch (type) {
            case NUMBER -> node.isNumber() ? node.decimalValue() : node.asText();
            case CHECKBOX -> node.asBoolean();
            default -> node.asText();
        };
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new IllegalArgumentException(where + ": " + name + " must be a whole number of 0 or more, not " + value);
        }
        return value.asInt();
    }

    private static BigDecimal decimal(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(where + ": " + name + " must be a number, not " + value);
        }
        return value.decimalValue();
    }

    /** A literal true or false; form-js also allows expressions here ("=..."), which PlanFlow does not evaluate. */
    private static boolean flag(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(where + ": " + name + " must be true or false, not " + value);
        }
        return value.booleanValue();
    }

    private static String describe(JsonNode component, int index) {
        String id = text(component, "id");
        return id != null ? "'" + id + "'" : "#" + (index + 1);
    }
}
