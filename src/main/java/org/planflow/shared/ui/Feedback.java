package org.planflow.shared.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.planflow.shared.CodedRefusal;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * How every view answers an action: a short success or error message, and refused fields marked beside
 * the field they name. One place, so all views behave alike.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Runs an action after clearing the fields' errors. A refused field is marked beside it, a coded refusal worded
     * from its problem's key ({@code <bundle>.<CODE>}), any other from {@code <errorPrefix>.<field>}; a refusal of a
     * field the form does not have, a conflict with no such field or a refusal of rights is shown as a message.
     * True if the action went through.
     */
    public static boolean attempt(Component owner, String errorPrefix, Map<String, ? extends HasValidation> fields,
                                  Runnable action) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            show(e instanceof CodedRefusal refusal ? words(owner, refusal) : FieldMessages.of(owner, errorPrefix, e),
                    e.field() == null ? null : fields.get(e.field()));
        } catch (ConflictException e) {
            if (e instanceof CodedRefusal refusal) {
                show(words(owner, refusal), refusal.field() == null ? null : fields.get(refusal.field()));
            } else {
                error(e.getMessage());
            }
        } catch (AccessDeniedException e) {
            error(words(owner, e));
        }
        return false;
    }

    /** A coded refusal in the user's language. */
    public static String words(Component owner, CodedRefusal refusal) {
        return owner.getTranslation(refusal.translationKey(), refusal.values().toArray());
    }

    /** Any failure as the user reads it: a coded refusal in their language, anything else as it was put. */
    public static String words(Component owner, RuntimeException e) {
        return e instanceof CodedRefusal refusal ? words(owner, refusal) : e.getMessage();
    }

    private static void show(String message, HasValidation field) {
        if (field == null) {
            error(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    /** The translation of the key, or the value as recorded where there is none (e.g. a code of a later feature). */
    public static String translatedOr(Component owner, String key, String value) {
        String text = owner.getTranslation(key);
        return text.startsWith("!") ? value : text;
    }
}
