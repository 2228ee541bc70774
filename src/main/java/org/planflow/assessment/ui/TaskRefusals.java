package org.planflow.assessment.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import org.planflow.shared.CodedRefusal;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.ui.Feedback;

/**
 * The assessment's refusals worded in the user's language ({@code assessment.problem.<CODE>}) and shown the way
 * every view shows refusals: beside the field they name, or as a message where the assessment has moved on (409)
 * or the form has no such field.
 */
final class TaskRefusals {

    /** No field wording of its own: every refusal carries its worded problem. */
    private static final String ERRORS = "assessment.task.error";

    private TaskRefusals() {
    }

    static boolean attempt(Component owner, Map<String, ? extends HasValidation> fields, Runnable action) {
        return Feedback.attempt(owner, ERRORS, fields, () -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                if (!(e instanceof CodedRefusal refusal)) {
                    throw e;
                }
                String text = words(owner, e);
                if (e instanceof ConflictException) {
                    throw new ConflictException(text);
                }
                throw new InvalidInputException(refusal.field(), text);
            }
        });
    }

    /** A refusal in the user's language; any other failure as the service put it. */
    static String words(Component owner, RuntimeException e) {
        if (e instanceof CodedRefusal refusal) {
            return owner.getTranslation("assessment.problem." + refusal.code(), refusal.values().toArray());
        }
        return e.getMessage();
    }
}
