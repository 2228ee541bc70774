package org.planflow.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
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
        if (event.getNavigationTarget() == AccountView.class) {
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
