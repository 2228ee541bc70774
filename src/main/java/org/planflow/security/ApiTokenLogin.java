package org.planflow.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.planflow.organization.Credentials;
import org.planflow.organization.OrganizationService;
import org.planflow.security.LoginAttempted.Outcome;
import org.planflow.security.persistence.ApiTokenRepository;
import org.planflow.shared.PlanFlowClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Judges the secret of a bearer token: one lookup of its hash, then the account's state as it is now. A disabled or
 * locked account's tokens are refused while it is so; a password change leaves them (decision 035). Every attempt is
 * published as {@link LoginAttempted}, as a password login's is; token attempts are not throttled, since a 256-bit
 * secret cannot be guessed and a client's stale token must not lock its address out of password logins.
 */
@Component
class ApiTokenLogin {

    /** How often a token's use is written: once a minute says when it was last used without a write per call. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final String UNKNOWN_ADDRESS = "unknown";

    private final ApiTokenRepository tokens;
    private final OrganizationService organization;
    private final ApplicationEventPublisher events;
    private final PlanFlowClock clock;

    ApiTokenLogin(ApiTokenRepository tokens, OrganizationService organization, ApplicationEventPublisher events, PlanFlowClock clock) {
        this.tokens = tokens;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** The login the secret makes, or empty when it makes none (unknown or revoked token, account disabled or locked). */
    Optional<ApiTokenAuthentication> authenticate(String secret, WebAuthenticationDetails details) {
        String address = LoginThrottle.key(details.getRemoteAddress() == null ? UNKNOWN_ADDRESS : details.getRemoteAddress());
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.findByHash(ApiTokenSecret.hash(secret));
        if (found.isEmpty()) {
            String hint = ApiTokenSecret.hint(secret);
            events.publishEvent(new LoginAttempted(hint, address, Outcome.UNKNOWN_TOKEN, now, hint));
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<Credentials> account = organization.credentials(token.username());
        Outcome outcome = account.isEmpty() || !account.get().enabled() ? Outcome.DISABLED
                : account.get().locked() ? Outcome.LOCKED
                : Outcome.SUCCEEDED;
        events.publishEvent(new LoginAttempted(token.username(), address, outcome, now, ApiToken.described(token.hint(), token.name())));
        if (outcome != Outcome.SUCCEEDED) {
            return Optional.empty();
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(USE_RECORDED_EVERY))) {
            tokens.touch(token.id(), now, now.minus(USE_RECORDED_EVERY));
        }
        SignedInAccount signedIn = AccountDetailsService.of(account.get());
        signedIn.eraseCredentials();
        return Optional.of(new ApiTokenAuthentication(signedIn, details));
    }
}
