package org.planflow.circulation.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/** Short success and error messages of the circulation views, shown alike. */
final class CirculationNotices {

    private CirculationNotices() {
    }

    static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Runs a task completion; a refused field goes to {@code invalid}, a conflict or refusal of rights is shown. */
    static void attempt(Runnable action, Consumer<InvalidInputException> invalid) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            invalid.accept(e);
        } catch (ConflictException | AccessDeniedException e) {
            error(e.getMessage());
        }
    }

    static void error(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
