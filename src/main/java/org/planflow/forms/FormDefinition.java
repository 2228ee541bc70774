package org.planflow.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A Camunda form: its id (the key that {@code camunda:formRef} names) and its components in order.
 * Parsing refuses anything PlanFlow could not render or validate faithfully, so such a form fails in
 * the build's tests rather than in front of a user.
 */
public record FormDefinition(String id, List<FormField> fields) implements Serializable {

    public FormDefinition {
        fields = List.copyOf(fields);
    }

    /** @throws IllegalArgumentException when the JSON is not a form PlanFlow supports; the message says why */
    public static FormDefinition parse(String json) {
        return FormJson.parse(json);
    }

    /** Reads the whole stream as UTF-8 JSON; the caller closes it. */
    public static FormDefinition parse(InputStream json) {
        try {
            return FormJson.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the form", e);
        }
    }

    /** The input field with this key, if the form has one. */
    public Optional<FormField> field(String key) {
        return fields.stream().filter(field -> field.isInput() && field.key().equals(key)).findFirst();
    }

    /** The fields that take a value, in form order: everything but text components. */
    public List<FormField> inputs() {
        return fields.stream().filter(FormField::isInput).toList();
    }
}
