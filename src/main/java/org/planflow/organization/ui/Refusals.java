package org.planflow.organization.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import org.planflow.organization.OrganizationProblem;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.ui.Feedback;

/**
 * The administration's refusals worded in the user's language ({@code admin.problem.<CODE>}) and shown
 * the way every view shows refusals: beside the field they name, or as a message.
 */
final class Refusals {

    private Refusals() {
    }

    static boolean attempt(Component owner, Map<String, ? extends HasValidation> fields, Runnable action) {
        return Feedback.attempt(owner, "admin.error", fields, () -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                if (!(e instanceof OrganizationProblem.Refusal refusal)) {
                    throw e;
                }
                String text = words(owner, refusal);
                if (refusal.problem().conflict() && !fields.containsKey(refusal.field())) {
                    throw new ConflictException(text);
                }
                throw new InvalidInputException(refusal.field(), text);
            }
        });
    }

    static String words(Component owner, OrganizationProblem.Refusal refusal) {
        return words(owner, refusal.problem().name(), refusal.values());
    }

    static String words(Component owner, String code, java.util.List<String> values) {
        return owner.getTranslation("admin.problem." + code, values.toArray());
    }
}
