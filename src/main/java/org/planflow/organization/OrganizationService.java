package org.planflow.organization;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.planflow.organization.persistence.CredentialsRepository;
import org.planflow.organization.persistence.OrgUnitRepository;
import org.planflow.organization.persistence.UnitRepository;
import org.planflow.organization.persistence.UserRepository;
import org.planflow.organization.persistence.UserFilter;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.TransactionMemo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units, users and the groups derived from them, units found by their names and aliases, and what a
 * person changes of their own account. The credential methods serve the login itself and so carry no
 * method security; everything else needs an authenticated caller.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    /** The languages of the UI: Chinese, the default, and English. */
    public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final OrgUnitRepository orgUnitRepository;
    private final UserRepository userRepository;
    private final CredentialsRepository credentialsRepository;
    private final UnitRepository unitRepository;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    public OrganizationService(OrgUnitRepository orgUnitRepository, UserRepository userRepository,
                               CredentialsRepository credentialsRepository, UnitRepository unitRepository,
                               PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.orgUnitRepository = orgUnitRepository;
        this.userRepository = userRepository;
        this.credentialsRepository = credentialsRepository;
        this.unitRepository = unitRepository;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** The units in use, in display order; a disabled unit is no longer offered anywhere. */
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnit> units() {
        return orgUnitRepository.units();
    }

    /** The units in use with their aliases, for matching names as documents write them. */
    @PreAuthorize("isAuthenticated()")
    public List<UnitAliases> unitsWithAliases() {
        Map<String, List<UnitAlias>> aliases = unitRepository.aliasesOfEnabledUnits();
        return orgUnitRepository.units().stream()
                .map(unit -> new UnitAliases(unit, aliases.getOrDefault(unit.code(), List.of())))
                .toList();
    }

    /** One page of the units in use, in their display order, with how many there are. */
    @PreAuthorize("isAuthenticated()")
    public PageOf<OrgUnit> units(PageRequest page) {
        return PageOf.of(orgUnitRepository.units(page.offset(), page.size()), page, orgUnitRepository.countUnits());
    }

    /** One page of the units in use with their aliases. */
    @PreAuthorize("isAuthenticated()")
    public PageOf<UnitAliases> unitsWithAliases(PageRequest page) {
        PageOf<OrgUnit> units = units(page);
        Map<String, List<UnitAlias>> aliases = unitRepository.aliasesOf(units.items().stream().map(OrgUnit::code).toList());
        return units.map(unit -> new UnitAliases(unit, aliases.getOrDefault(unit.code(), List.of())));
    }

    /** What every unit picker filters with, so typing 区发改委 or 工商分局 finds the unit. */
    @PreAuthorize("isAuthenticated()")
    public UnitSearch unitSearch() {
        return new UnitSearch(unitsWithAliases());
    }

    /**
     * The unit in use with this exact name or alias (spaces and case ignored), e.g. 区发改委 or 工商分局
     * → 区发展改革委 or 区市场监管局; empty when none.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<OrgUnit> findByNameOrAlias(String name) {
        String clean = name == null ? "" : name.replaceAll("[\\s\\u3000]+", "");
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        return unitRepository.enabledUnitCalled(clean).flatMap(orgUnitRepository::unit);
    }

    @PreAuthorize("isAuthenticated()")
    public OrgUnit unit(String code) {
        return orgUnitRepository.unit(code).orElseThrow(() -> new NotFoundException("No unit with code '" + code + "'"));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<OrgUnit> findUnit(String code) {
        return orgUnitRepository.unit(code);
    }

    @PreAuthorize("isAuthenticated()")
    public UserAccount user(String username) {
        return userRepository.user(username).orElseThrow(() -> new NotFoundException("No user '" + username + "'"));
    }

    /** The Camunda groups of a user: their unit (and its head group if they answer for it), each role, and each role within the unit. */
    @PreAuthorize("isAuthenticated()")
    public List<String> groupsOf(String username) {
        return userRepository.groupsOf(username);
    }

    /**
     * The enabled users in any of the given groups. Used by the system itself (notifications sent
     * from engine jobs, with nobody logged in), so it carries no method security.
     */
    public List<UserAccount> membersOf(Collection<String> groupIds) {
        Map<String, UserAccount> members = new LinkedHashMap<>();
        for (String groupId : new LinkedHashSet<>(groupIds)) {
            // Read once per transaction: one ladder job notifies the same unit at each of the steps it records.
            TransactionMemo.get(new MembersOf(groupId),
                            () -> userRepository.findUsers(UserFilter.none().memberOf(groupId), 0, Integer.MAX_VALUE)).stream()
                    .filter(UserAccount::enabled)
                    .forEach(user -> members.putIfAbsent(user.username(), user));
        }
        return List.copyOf(members.values());
    }

    /**
     * Reads the members of these units in one query and keeps them as their groups' members for the rest of the
     * transaction: issuing to 1,000 units notifies each unit's members of its new task, a query each otherwise.
     */
    public void rememberMembersOfUnits(Collection<String> unitCodes) {
        Map<String, List<UserAccount>> members = userRepository.usersOfUnits(unitCodes);
        for (String unitCode : new LinkedHashSet<>(unitCodes)) {
            TransactionMemo.get(new MembersOf(Groups.ofUnit(unitCode)), () -> members.getOrDefault(unitCode, List.of()));
        }
    }

    private record MembersOf(String groupId) {
    }

    /**
     * Who answers for the supervision office (督查室): the head group of every enabled unit of that type, for system use
     * (escalations sent from engine jobs). Empty where no such unit exists.
     */
    public List<String> supervisionOfficeHeads() {
        return orgUnitRepository.enabledUnitCodesOfType(UnitType.SUPERVISION).stream().map(Groups::ofUnitHead).toList();
    }

    /** One user, for system use (no caller); empty if unknown. */
    public Optional<UserAccount> findUser(String username) {
        return userRepository.user(username);
    }

    /** The user's own language, applied to the UI from their next page on. */
    @Transactional
    @PreAuthorize("#username == authentication.name")
    public void changeLocale(String username, Locale locale) {
        Locale language = LANGUAGES.stream().filter(known -> known.equals(locale)).findFirst()
                .orElseThrow(() -> OrganizationProblem.LANGUAGE_UNKNOWN.at("language", locale == null ? "" : locale.toLanguageTag()));
        userRepository.updateLocale(username, language);
        events.publishEvent(new OrganizationChanged(OrganizationAction.userSubject(username), OrganizationAction.LANGUAGE_CHANGED,
                language.toLanguageTag()));
    }

    /** The same with a language tag as the API takes it: zh-CN or en. */
    @Transactional
    @PreAuthorize("#username == authentication.name")
    public void changeLanguage(String username, String languageTag) {
        String tag = languageTag == null ? "" : languageTag.strip();
        Locale locale = LANGUAGES.stream().filter(known -> known.toLanguageTag().equalsIgnoreCase(tag)).findFirst()
                .orElseThrow(() -> OrganizationProblem.LANGUAGE_UNKNOWN.at("language", tag));
        changeLocale(username, locale);
    }

    /**
     * The user's own new password, after the current one; this also ends a password change the
     * administrator required, and the account's other sessions.
     */
    @Transactional
    @PreAuthorize("#username == authentication.name")
    public void changePassword(String username, String currentPassword, String newPassword) {
        Credentials credentials = credentialsRepository.credentials(username)
                .orElseThrow(() -> new NotFoundException("No user '" + username + "'"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, credentials.passwordHash())) {
            throw OrganizationProblem.PASSWORD_WRONG.at("currentPassword");
        }
        String password = Passwords.check("newPassword", newPassword, username);
        if (password.equals(currentPassword)) {
            throw OrganizationProblem.PASSWORD_UNCHANGED.at("newPassword");
        }
        credentialsRepository.setPassword(username, passwordEncoder.encode(password), false);
        events.publishEvent(new OrganizationChanged(OrganizationAction.userSubject(username), OrganizationAction.PASSWORD_CHANGED, ""));
    }

    public Optional<Credentials> credentials(String username) {
        return credentialsRepository.credentials(username);
    }

    /**
     * How many enabled accounts, among those that can be checked quickly, accept this password:
     * every administrator and every account sharing its hash with another (bulk-loaded data such as
     * the demo district). bcrypt is slow by design, so checking each of thousands of users is not an option.
     */
    public long countEnabledUsersAccepting(String rawPassword) {
        return credentialsRepository.passwordHashesWorthChecking().stream()
                .filter(hash -> passwordEncoder.matches(rawPassword, hash))
                .mapToLong(credentialsRepository::countEnabledUsersWithPasswordHash)
                .sum();
    }

}
