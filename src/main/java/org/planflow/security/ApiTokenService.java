package org.planflow.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.planflow.organization.Credentials;
import org.planflow.organization.OrganizationAction;
import org.planflow.organization.OrganizationChanged;
import org.planflow.organization.OrganizationService;
import org.planflow.security.persistence.ApiTokenRepository;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integration clients and scripts (decision 035): the administrator issues, lists and revokes them for
 * any account, everyone their own. A token acts as its account with the account's roles and unit as they are at each
 * call; it is shown once when issued and kept only as a hash. Issuing and revoking are announced
 * ({@link ApiTokenChanged}) within the change, for the audit trail.
 */
@Service
@Transactional
public class ApiTokenService {

    public static final int MAX_NAME = 100;

    /** What ends an account's tokens, as it ends its sessions; a lock only suspends them. */
    static final Set<OrganizationAction> ENDING_TOKENS =
            Set.of(OrganizationAction.PASSWORD_CHANGED, OrganizationAction.PASSWORD_RESET, OrganizationAction.USER_DISABLED);

    private final ApiTokenRepository repository;
    private final OrganizationService organization;
    private final ApplicationEventPublisher events;
    private final PlanFlowClock clock;

    public ApiTokenService(ApiTokenRepository repository, OrganizationService organization, ApplicationEventPublisher events,
                           PlanFlowClock clock) {
        this.repository = repository;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** A new token for any enabled account. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
    public IssuedApiToken issue(String username, String name) {
        String account = username == null ? "" : username.strip();
        if (account.isEmpty()) {
            throw ApiTokenProblem.REQUIRED.at("username");
        }
        Credentials credentials = organization.credentials(account)
                .orElseThrow(() -> ApiTokenProblem.ACCOUNT_UNKNOWN.at("username", account));
        if (!credentials.enabled()) {
            throw ApiTokenProblem.ACCOUNT_DISABLED.at("username", account);
        }
        return issueFor(credentials.username(), name);
    }

    /** A new token of the caller's own. */
    @PreAuthorize("isAuthenticated()")
    public IssuedApiToken issueOwn(String name) {
        return issueFor(CurrentUser.require(), name);
    }

    /** Every account's tokens, or one account's; never their secrets. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
    public PageOf<ApiToken> all(String username, PageRequest page) {
        return repository.page(username == null || username.isBlank() ? null : username.strip(), page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PageOf<ApiToken> own(PageRequest page) {
        return repository.page(CurrentUser.require(), page);
    }

    /** Revokes any account's token: the next call with it is refused. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
    public void revoke(long id) {
        revoke(repository.find(id).orElseThrow(() -> unknown(id)));
    }

    /** Revokes one of the caller's own tokens; another's answers as one that does not exist. */
    @PreAuthorize("isAuthenticated()")
    public void revokeOwn(long id) {
        revoke(repository.find(id).filter(token -> token.username().equals(CurrentUser.require())).orElseThrow(() -> unknown(id)));
    }

    /** Within the change itself: a password change or reset, or a disable, revokes every token of the account. */
    @EventListener
    void onAccountChanged(OrganizationChanged change) {
        String userPrefix = OrganizationAction.userSubject("");
        if (ENDING_TOKENS.contains(change.action()) && change.subject().startsWith(userPrefix)) {
            // A token revoked meanwhile by someone else is simply gone: the change goes on.
            repository.list(change.subject().substring(userPrefix.length())).forEach(this::revoked);
        }
    }

    private IssuedApiToken issueFor(String username, String name) {
        String tokenName = name == null ? "" : name.strip();
        if (tokenName.isEmpty()) {
            throw ApiTokenProblem.REQUIRED.at("name");
        }
        if (tokenName.length() > MAX_NAME) {
            throw ApiTokenProblem.TOO_LONG.at("name", MAX_NAME);
        }
        if (repository.nameTaken(username, tokenName)) {
            throw ApiTokenProblem.NAME_TAKEN.at("name", username, tokenName);
        }
        String secret = ApiTokenSecret.generate();
        String hint = ApiTokenSecret.hint(secret);
        // As the database keeps it, so the answer and the lists agree.
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long id;
        try {
            id = repository.insert(username, tokenName, ApiTokenSecret.hash(secret), hint, CurrentUser.require(), createdAt);
        } catch (DuplicateKeyException sameNameAtOnce) {
            throw ApiTokenProblem.NAME_TAKEN.at("name", username, tokenName);
        }
        events.publishEvent(new ApiTokenChanged(ApiTokenChanged.Change.ISSUED, username, tokenName, hint));
        return new IssuedApiToken(id, tokenName, username, secret, createdAt);
    }

    private void revoke(ApiToken token) {
        if (!revoked(token)) {
            throw unknown(token.id());
        }
    }

    private boolean revoked(ApiToken token) {
        boolean deleted = repository.delete(token.id());
        if (deleted) {
            events.publishEvent(new ApiTokenChanged(ApiTokenChanged.Change.REVOKED, token.username(), token.name(), token.hint()));
        }
        return deleted;
    }

    private static NotFoundException unknown(long id) {
        return new NotFoundException("No API token " + id);
    }
}
