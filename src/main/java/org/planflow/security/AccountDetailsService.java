package org.planflow.security;

import java.util.List;

import org.planflow.organization.Credentials;
import org.planflow.organization.OrganizationService;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * An account as the login sees it, from the organization's user table: hash, roles, whether the
 * administrator disabled or locked it, and its credentials epoch.
 */
@Component
class AccountDetailsService implements UserDetailsService {

    private final OrganizationService organization;

    AccountDetailsService(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public SignedInAccount loadUserByUsername(String username) {
        return of(organization.credentials(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user")));
    }

    static SignedInAccount of(Credentials credentials) {
        List<SimpleGrantedAuthority> roles = credentials.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return new SignedInAccount(credentials.username(), credentials.passwordHash(), credentials.enabled(), !credentials.locked(),
                roles, credentials.credentialsEpoch());
    }
}
