package org.planflow.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by an API token, as the account stands at this call (its roles and state).
 * It lives for the request only: no session is made or kept for it.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final SignedInAccount account;

    ApiTokenAuthentication(SignedInAccount account, Object details) {
        super(account.getAuthorities());
        this.account = account;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public SignedInAccount getPrincipal() {
        return account;
    }
}
