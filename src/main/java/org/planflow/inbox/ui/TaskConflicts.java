package org.planflow.inbox.ui;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.planflow.shared.ConflictException;
import org.planflow.shared.ui.Feedback;

/** A claim or release that clashed with a colleague's (or the process's) step, told in the user's language. */
final class TaskConflicts {

    private TaskConflicts() {
    }

    /** The action's result, or empty after telling the user why it clashed. */
    static <T> Optional<T> attempt(Component owner, Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (ConflictException e) {
            String text = Feedback.words(owner, e);
            Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return Optional.empty();
        }
    }
}
