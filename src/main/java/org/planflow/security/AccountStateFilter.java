package org.planflow.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.planflow.organization.Credentials;
import org.planflow.organization.OrganizationService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What happened to an account applies to every request at once, on every node, because the account's
 * state is asked of the database each time: a login made before the account's credentials epoch moved
 * on (its password was changed or reset, it was locked or disabled, its roles changed), or whose account
 * is now disabled or locked, is over: its session ends and the request goes on as anonymous (401 from
 * the API, the login page in the browser). The owner's own session survives their password change
 * ({@link OwnPasswordChange}). An account whose password was set by someone else may only do what
 * {@code untilPasswordChanged} lets through until it has chosen its own.
 */
class AccountStateFilter extends OncePerRequestFilter {

    /** How a request is refused, e.g. while the account must change its password. */
    @FunctionalInterface
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final OrganizationService organization;
    private final RequestMatcher refusedUntilPasswordChanged;
    private final Refusal refusal;

    AccountStateFilter(OrganizationService organization, RequestMatcher refusedUntilPasswordChanged, Refusal refusal) {
        this.organization = organization;
        this.refusedUntilPasswordChanged = refusedUntilPasswordChanged;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        // A token's login was judged against the account's state in this very request (ApiTokenLogin); the password
        // someone else set does not hold it up, since the token does not use the password (decision 035).
        if (login != null && login.isAuthenticated() && !(login instanceof AnonymousAuthenticationToken)
                && !(login instanceof ApiTokenAuthentication)) {
            Optional<Credentials> account = organization.credentials(login.getName());
            if (!current(login, account)) {
                end(request);
            } else if (account.get().mustChangePassword() && refusedUntilPasswordChanged.matches(request)) {
                refusal.refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether the login still stands: a password login (form or Basic) carries the epoch it was made in. */
    private static boolean current(Authentication login, Optional<Credentials> account) {
        return account.isPresent() && account.get().mayLogIn()
                && login.getPrincipal() instanceof SignedInAccount signedIn
                && signedIn.credentialsEpoch() == account.get().credentialsEpoch();
    }

    private static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
