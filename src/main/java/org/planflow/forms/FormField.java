package org.planflow.forms;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One component of a form. Input fields have a {@code key}, the process variable they fill; a
 * {@link Type#TEXT} component only shows its markdown {@code text}. Absent rules are {@code null}.
 */
public record FormField(Type type, String key, String label, String description, boolean required, String pattern,
                        Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, List<FormOption> options,
                        Object defaultValue, boolean readonly, String text) implements Serializable {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Whether the user enters a value here; false only for text components. */
    public boolean isInput() {
        return type != Type.TEXT;
    }

    /** The component types PlanFlow renders; form-js has more, and a form using them is refused when parsed. */
    public enum Type {
        TEXTFIELD, TEXTAREA, NUMBER, SELECT, RADIO, CHECKBOX,
        /** Only with subtype "date": the value is an ISO date, yyyy-MM-dd. */
        DATETIME,
        TEXT;

        /** The name in the form's JSON, e.g. "textfield". */
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
