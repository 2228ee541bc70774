package org.planflow.security;

import java.time.Instant;

import org.planflow.organization.Credentials;
import org.planflow.organization.OrganizationService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Logs users in against the organization's user table; an account the administrator locked, or one
 * throttled after failed logins, reports itself as locked, a disabled one as disabled.
 */
@Component
class AccountDetailsService implements UserDetailsService {

    private final OrganizationService organization;

    AccountDetailsService(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Credentials credentials = organization.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        boolean locked = credentials.locked()
                || credentials.lockedUntil() != null && credentials.lockedUntil().isAfter(Instant.now());
        return User.withUsername(credentials.username())
                .password(credentials.passwordHash())
                .disabled(!credentials.enabled())
                .accountLocked(locked)
                .roles(credentials.roles().toArray(String[]::new))
                .build();
    }
}
