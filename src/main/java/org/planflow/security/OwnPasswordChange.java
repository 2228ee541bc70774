package org.planflow.security;

import jakarta.servlet.http.HttpSession;
import org.planflow.organization.Credentials;
import org.planflow.organization.OrganizationAction;
import org.planflow.organization.OrganizationChanged;
import org.planflow.organization.OrganizationService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A password change ends the account's sessions, except the one in which its owner changed it: that
 * login is carried over to the account's new credentials epoch, in the request and in its session.
 */
@Component
class OwnPasswordChange {

    private final OrganizationService organization;

    OwnPasswordChange(OrganizationService organization) {
        this.organization = organization;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void carryOverTheOwnersLogin(OrganizationChanged change) {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (change.action() != OrganizationAction.PASSWORD_CHANGED || login == null
                || !(login.getPrincipal() instanceof SignedInAccount signedIn)
                || !change.subject().equals(OrganizationAction.userSubject(signedIn.getUsername()))) {
            return;
        }
        long epoch = organization.credentials(signedIn.getUsername()).map(Credentials::credentialsEpoch)
                .orElse(signedIn.credentialsEpoch());
        UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(signedIn.inEpoch(epoch),
                null, login.getAuthorities());
        renewed.setDetails(login.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renewed);
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }
}
