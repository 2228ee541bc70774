package org.planflow.supervision.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.ui.FieldMessages;
import org.springframework.security.access.AccessDeniedException;

/** Success and error messages of the supervision views, and refused fields shown beside the field they name. */
final class SupervisionNotices {

    static final String ERRORS = "supervision.error";

    private SupervisionNotices() {
    }

    static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Runs an action after clearing the fields' errors. A refused field is marked beside it (a field the form
     * does not have is shown as a notification), a conflict or refusal of rights is shown; true if it went through.
     */
    static boolean attempt(Component owner, Map<String, ? extends HasValidation> fields, Runnable action) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            String message = FieldMessages.of(owner, ERRORS, e);
            HasValidation field = e.field() == null ? null : fields.get(e.field());
            if (field == null) {
                error(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        } catch (ConflictException | AccessDeniedException e) {
            error(e.getMessage());
        }
        return false;
    }

    /** The translation of the key, or the value as recorded where there is none. */
    static String translatedOr(Component owner, String key, String value) {
        String text = owner.getTranslation(key);
        return text.startsWith("!") ? value : text;
    }
}
