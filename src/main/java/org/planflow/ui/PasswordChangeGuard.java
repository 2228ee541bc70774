package org.planflow.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.planflow.organization.Credentials;
import org.planflow.organization.OrganizationService;
import org.planflow.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Someone whose password the administrator reset goes to their account page on every navigation, and
 * can use nothing else until they have chosen a password of their own.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final OrganizationService organization;

    PasswordChangeGuard(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        // The login and error pages are left alone: rerouting from them would loop while the account page is refused.
        Class<?> target = event.getNavigationTarget();
        if (target == AccountView.class || target.isAnnotationPresent(AnonymousAllowed.class)
                || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        boolean mustChange = CurrentUser.username()
                .flatMap(organization::credentials)
                .map(Credentials::mustChangePassword)
                .orElse(false);
        if (mustChange) {
            event.rerouteTo(AccountView.class);
        }
    }
}
