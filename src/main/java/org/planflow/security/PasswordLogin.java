package org.planflow.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.planflow.security.LoginAttempted.Outcome;
import org.planflow.shared.PlanFlowClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every password login, from the login form and from HTTP Basic: throttled per account and client
 * address, judged, published as {@link LoginAttempted} (and {@link AccountLockedOut} when a lock starts),
 * and refused with one wording whatever went wrong. The client address is the request's, which Tomcat
 * takes from X-Forwarded-For only when a configured proxy sent it.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    private static final String UNKNOWN_ADDRESS = "unknown";

    private final AccountDetailsService accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final PlanFlowClock clock;
    /** Checked when the account does not exist, so that an unknown name costs as long as a wrong password. */
    private final String unknownAccountHash;

    PasswordLogin(AccountDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                  ApplicationEventPublisher events, PlanFlowClock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
        this.unknownAccountHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String username = login.getName();
        String address = login.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : UNKNOWN_ADDRESS;
        // A throttled attempt is not judged (no bcrypt to spend on it) and not counted again.
        if (throttle.blocks(username, address)) {
            throw refused(username, address, Outcome.THROTTLED, List.of());
        }
        Optional<SignedInAccount> account = find(username);
        String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
        boolean matches = passwordEncoder.matches(password, account.map(SignedInAccount::getPassword).orElse(unknownAccountHash));
        Outcome outcome = account.isEmpty() ? Outcome.UNKNOWN_ACCOUNT
                : !matches ? Outcome.BAD_CREDENTIALS
                : !account.get().isEnabled() ? Outcome.DISABLED
                : !account.get().isAccountNonLocked() ? Outcome.LOCKED
                : Outcome.SUCCEEDED;
        if (outcome != Outcome.SUCCEEDED) {
            throw refused(username, address, outcome, throttle.failed(username, address));
        }
        throttle.succeeded(username, address);
        publish(username, address, outcome);
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(account.get(), null,
                account.get().getAuthorities());
        signedIn.setDetails(login.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private Optional<SignedInAccount> find(String username) {
        try {
            return Optional.of(accounts.loadUserByUsername(username));
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        }
    }

    private BadCredentialsException refused(String username, String address, Outcome outcome, List<AccountLockedOut> locks) {
        publish(username, address, outcome);
        locks.forEach(events::publishEvent);
        return new BadCredentialsException(SecurityProblem.LOGIN_FAILED.english(List.of()));
    }

    private void publish(String username, String address, Outcome outcome) {
        events.publishEvent(new LoginAttempted(LoginThrottle.key(username), LoginThrottle.key(address), outcome, clock.instant()));
    }
}
