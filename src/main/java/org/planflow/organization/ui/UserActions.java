package org.planflow.organization.ui;

import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.planflow.organization.ManagedUser;
import org.planflow.organization.PasswordReset;
import org.planflow.organization.UserAdminService;
import org.planflow.shared.ui.Feedback;

/** What the administrator does to an account beside editing it: reset the password, lock or unlock, disable or enable. */
class UserActions extends HorizontalLayout {

    UserActions(ManagedUser user, UserAdminService users, Runnable changed) {
        Button reset = new Button(getTranslation("admin.user.resetPassword"), click -> {
            PasswordReset[] done = new PasswordReset[1];
            if (Feedback.attempt(this, UnitsView.ERRORS, Map.of(), () -> done[0] = users.resetPassword(user.username(), null))) {
                showTemporary(done[0]);
            }
        });
        reset.setId("user-reset-password");
        boolean locked = user.locked() || user.lockedUntil() != null;
        Button lock = action(locked ? "admin.user.unlock" : "admin.user.lock", locked ? "user-unlock" : "user-lock",
                () -> locked ? users.unlock(user.username()) : users.lock(user.username()), changed);
        Button state = action(user.enabled() ? "admin.user.disable" : "admin.user.enable",
                user.enabled() ? "user-disable" : "user-enable",
                () -> user.enabled() ? users.disable(user.username()) : users.enable(user.username()), changed);
        if (user.enabled()) {
            state.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        add(reset, lock, state);
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-xs)").set("margin-right", "auto");
    }

    private Button action(String key, String id, Supplier<ManagedUser> action, Runnable changed) {
        Button button = new Button(getTranslation(key), click -> {
            if (Feedback.attempt(this, UnitsView.ERRORS, Map.of(), action::get)) {
                Feedback.success(getTranslation("admin.saved"));
                changed.run();
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** The temporary password, shown once for the administrator to hand over. */
    private void showTemporary(PasswordReset reset) {
        Dialog dialog = new Dialog(getTranslation("admin.user.resetPassword"));
        dialog.setId("password-reset-dialog");
        Span password = new Span(reset.temporaryPassword());
        password.setId("temporary-password");
        password.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
        dialog.add(new Paragraph(getTranslation("admin.user.temporaryPassword", reset.username())), password);
        Button close = new Button(getTranslation("common.close"), click -> dialog.close());
        close.setId("password-reset-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
