package org.planflow.organization;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.planflow.organization.persistence.OrganizationRepository;
import org.planflow.organization.persistence.UserFilter;
import org.planflow.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units, users and the groups derived from them. The credential methods serve the login itself and
 * so carry no method security; everything else needs an authenticated caller.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository repository;
    private final PasswordEncoder passwordEncoder;

    public OrganizationService(OrganizationRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @PreAuthorize("isAuthenticated()")
    public List<OrgUnit> units() {
        return repository.units();
    }

    @PreAuthorize("isAuthenticated()")
    public OrgUnit unit(String code) {
        return repository.unit(code).orElseThrow(() -> new NotFoundException("No unit with code '" + code + "'"));
    }

    @PreAuthorize("isAuthenticated()")
    public UserAccount user(String username) {
        return repository.user(username).orElseThrow(() -> new NotFoundException("No user '" + username + "'"));
    }

    /** The Camunda groups of a user: their unit, each role, and each role within the unit. */
    @PreAuthorize("isAuthenticated()")
    public List<String> groupsOf(String username) {
        return repository.user(username).map(Groups::of).orElse(List.of());
    }

    /**
     * The enabled users in any of the given groups. Used by the system itself (notifications sent
     * from engine jobs, with nobody logged in), so it carries no method security.
     */
    public List<UserAccount> membersOf(Collection<String> groupIds) {
        Map<String, UserAccount> members = new LinkedHashMap<>();
        for (String groupId : new LinkedHashSet<>(groupIds)) {
            repository.findUsers(UserFilter.none().memberOf(groupId), 0, Integer.MAX_VALUE).stream()
                    .filter(UserAccount::enabled)
                    .forEach(user -> members.putIfAbsent(user.username(), user));
        }
        return List.copyOf(members.values());
    }

    /** One user, for system use (no caller); empty if unknown. */
    public Optional<UserAccount> findUser(String username) {
        return repository.user(username);
    }

    @Transactional
    @PreAuthorize("#username == authentication.name")
    public void changeLocale(String username, Locale locale) {
        repository.updateLocale(username, locale);
    }

    public Optional<Credentials> credentials(String username) {
        return repository.credentials(username);
    }

    /**
     * How many enabled accounts, among those that can be checked quickly, accept this password:
     * every administrator and every account sharing its hash with another (bulk-loaded data such as
     * the demo district). bcrypt is slow by design, so checking each of thousands of users is not an option.
     */
    public long countEnabledUsersAccepting(String rawPassword) {
        return repository.passwordHashesWorthChecking().stream()
                .filter(hash -> passwordEncoder.matches(rawPassword, hash))
                .mapToLong(repository::countEnabledUsersWithPasswordHash)
                .sum();
    }

    @Transactional
    public void recordFailedLogin(String username, int maxFailures, Instant lockUntil) {
        repository.recordFailedLogin(username, maxFailures, lockUntil);
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        repository.resetFailedLogins(username);
    }

}
