package org.planflow.shared.ui;

import com.vaadin.flow.component.Component;
import org.planflow.shared.InvalidInputException;

/**
 * Words a refused field in the user's language: {@code <prefix>.<field>} with list indexes dropped
 * (answers[2].reason → plan.error.answers.reason), or the service's own message when the bundle has
 * no wording for that field.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static String of(Component component, String prefix, InvalidInputException e) {
        if (e.field() == null) {
            return e.getMessage();
        }
        String text = component.getTranslation(prefix + "." + e.field().replaceAll("\\[\\d+]", ""));
        return text.startsWith("!") ? e.getMessage() : text;
    }
}
