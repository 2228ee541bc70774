package org.planflow.ui;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.planflow.organization.Credentials;
import org.planflow.organization.OrganizationService;
import org.planflow.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * What the administrator did to an account applies to an open UI at its next navigation: a disabled or
 * locked account is logged out, and someone whose password was reset goes to their account page and can
 * use nothing else until they have chosen a password of their own.
 */
@Component
class AccountGuard implements VaadinServiceInitListener {

    private final OrganizationService organization;
    private final AuthenticationContext authentication;

    AccountGuard(OrganizationService organization, AuthenticationContext authentication) {
        this.organization = organization;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        // The login and error pages are left alone: rerouting from them would loop while the account page is refused.
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(AnonymousAllowed.class) || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        Optional<Credentials> account = CurrentUser.username().flatMap(organization::credentials);
        if (account.isEmpty()) {
            return;
        }
        if (!account.get().enabled() || account.get().locked()) {
            authentication.logout();
            // The view asked for needs a user: the browser goes to the start page, and from there to the login.
            event.forwardToUrl("./");
        } else if (account.get().mustChangePassword() && target != AccountView.class) {
            event.rerouteTo(AccountView.class);
        }
    }
}
