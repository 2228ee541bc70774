package org.planflow.security;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.planflow.organization.OrganizationService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Rate-limits password guessing per account: the count lives in the database, so every PlanFlow
 * node sees the same lock.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final OrganizationService organization;
    private final SecurityProperties properties;

    LoginThrottle(OrganizationService organization, SecurityProperties properties) {
        this.organization = organization;
        this.properties = properties;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        log.warn("Failed login for account {}", username);
        organization.recordFailedLogin(username, properties.maxFailedLogins(), Instant.now().plus(properties.lockDuration()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        organization.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
