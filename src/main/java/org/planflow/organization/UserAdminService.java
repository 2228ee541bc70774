package org.planflow.organization;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.planflow.organization.engine.UnitWork;
import org.planflow.organization.persistence.CredentialsRepository;
import org.planflow.organization.persistence.UnitRepository;
import org.planflow.organization.persistence.UserRepository;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's hand on the district's people: create, change name, unit and roles, reset a
 * password (to be changed at the next login), lock and unlock, disable (their tasks go back to their
 * unit) and enable. Every change is published as {@link OrganizationChanged} for the audit trail.
 */
@Service
@Transactional
@PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
public class UserAdminService {

    private static final int MAX_USERNAME = 64;
    private static final int MAX_DISPLAY_NAME = 100;
    private static final int MAX_EMAIL = 200;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserRepository repository;
    private final CredentialsRepository credentials;
    private final UnitRepository units;
    private final UnitWork work;
    private final PasswordEncoder passwordEncoder;
    private final FailedLoginLocks failedLoginLocks;
    private final ApplicationEventPublisher events;

    public UserAdminService(UserRepository repository, CredentialsRepository credentials, UnitRepository units,
                            UnitWork work, PasswordEncoder passwordEncoder, FailedLoginLocks failedLoginLocks,
                            ApplicationEventPublisher events) {
        this.repository = repository;
        this.credentials = credentials;
        this.units = units;
        this.work = work;
        this.passwordEncoder = passwordEncoder;
        this.failedLoginLocks = failedLoginLocks;
        this.events = events;
    }

    /** Users whose username or name contains the text (blank: all), of one unit (null: any); one page. */
    @Transactional(readOnly = true)
    public PageOf<ManagedUser> users(String text, String unitCode, PageRequest page) {
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        return PageOf.of(withFailedLoginLocks(repository.managedUsers(text, unit, page.offset(), page.size())), page,
                repository.countManagedUsers(text, unit));
    }

    @Transactional(readOnly = true)
    public Optional<ManagedUser> find(String username) {
        return username == null ? Optional.empty()
                : repository.managedUser(username.strip()).map(user -> withFailedLoginLocks(List.of(user)).get(0));
    }

    @Transactional(readOnly = true)
    public ManagedUser user(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("No user '" + username + "'"));
    }

    private List<ManagedUser> withFailedLoginLocks(List<ManagedUser> users) {
        Map<String, Instant> locks = failedLoginLocks.lockedUntil(users.stream().map(ManagedUser::username).toList());
        return users.stream().map(user -> user.withLockedUntil(locks.get(user.username()))).toList();
    }

    /** A new user with an initial password, which they must change at their first login. */
    public ManagedUser create(UserForm form) {
        String username = Texts.required("username", form.username(), MAX_USERNAME);
        if (!USERNAME.matcher(username).matches()) {
            throw OrganizationProblem.USERNAME_INVALID.at("username", username);
        }
        if (repository.managedUser(username).isPresent()) {
            throw OrganizationProblem.USERNAME_TAKEN.at("username", username);
        }
        String displayName = Texts.required("displayName", form.displayName(), MAX_DISPLAY_NAME);
        String unit = unit(form.unit());
        Set<String> roles = roles(form.roles());
        String email = email(form.email());
        String password = Passwords.check("password", form.password(), username);
        repository.insertUser(username, displayName, unit, email, passwordEncoder.encode(password), true);
        repository.replaceRoles(username, roles);
        publish(username, OrganizationAction.USER_CREATED, describe(displayName, unit, roles));
        return user(username);
    }

    /**
     * Changes name, unit, roles and e-mail. Moving to another unit ends their headship of the old one and
     * gives their tasks back to it.
     */
    public ManagedUser update(String username, UserForm form) {
        ManagedUser user = user(username);
        if (form.password() != null && !form.password().isEmpty()) {
            throw OrganizationProblem.PASSWORD_NOT_HERE.at("password");
        }
        String displayName = Texts.required("displayName", form.displayName(), MAX_DISPLAY_NAME);
        String unit = unit(form.unit());
        Set<String> roles = roles(form.roles());
        String email = email(form.email());
        if (user.roles().contains(Roles.ADMIN) && !roles.contains(Roles.ADMIN)) {
            requireNotSelf(username);
            requireOtherAdmin(username);
        }
        boolean moved = !unit.equals(user.unit().code());
        if (moved) {
            leaveUnit(user);
        }
        if (moved || !displayName.equals(user.displayName()) || !Objects.equals(email, user.email())
                || !roles.equals(user.roles())) {
            repository.updateUser(username, displayName, unit, email);
            repository.replaceRoles(username, roles);
            if (!roles.equals(user.roles())) {
                // A session keeps the roles it logged in with: new roles need a new login.
                credentials.newCredentialsEpoch(username);
            }
            publish(username, OrganizationAction.USER_CHANGED, describe(displayName, unit, roles));
        }
        return user(username);
    }

    /**
     * A new password for a user who forgot theirs: the given one, or a generated one when none is given.
     * They must change it at their next login; their sessions end and failed logins are forgotten.
     */
    public PasswordReset resetPassword(String username, String password) {
        user(username);
        String temporary = password == null || password.isEmpty() ? Passwords.temporary()
                : Passwords.check("password", password, username);
        credentials.setPassword(username, passwordEncoder.encode(temporary), true);
        failedLoginLocks.lift(username);
        publish(username, OrganizationAction.PASSWORD_RESET, "");
        return new PasswordReset(username, temporary);
    }

    public ManagedUser lock(String username) {
        ManagedUser user = user(username);
        requireNotSelf(username);
        if (!user.locked()) {
            credentials.setLocked(username, true);
            publish(username, OrganizationAction.USER_LOCKED, "");
        }
        return user(username);
    }

    /** Lifts the administrator's lock and those of failed logins, for every client address. */
    public ManagedUser unlock(String username) {
        ManagedUser user = user(username);
        if (user.locked() || user.lockedUntil() != null) {
            credentials.setLocked(username, false);
            failedLoginLocks.lift(username);
            publish(username, OrganizationAction.USER_UNLOCKED, "");
        }
        return user(username);
    }

    /**
     * The user can no longer log in; their claimed tasks go back to their unit's queue (unclaimed, still
     * offered to its groups) and they no longer head the unit.
     */
    public ManagedUser disable(String username) {
        ManagedUser user = user(username);
        requireNotSelf(username);
        if (user.roles().contains(Roles.ADMIN)) {
            requireOtherAdmin(username);
        }
        if (user.enabled()) {
            credentials.setUserEnabled(username, false);
            publish(username, OrganizationAction.USER_DISABLED, "");
            leaveUnit(user);
        }
        return user(username);
    }

    public ManagedUser enable(String username) {
        ManagedUser user = user(username);
        if (!user.enabled()) {
            credentials.setUserEnabled(username, true);
            publish(username, OrganizationAction.USER_ENABLED, "");
        }
        return user(username);
    }

    /** The user leaves their unit's service: tasks back to it, headship ended. */
    private void leaveUnit(ManagedUser user) {
        List<String> released = work.release(user.username(), user.unit().code());
        if (!released.isEmpty()) {
            publish(user.username(), OrganizationAction.TASKS_RELEASED, user.unit().code() + ": " + String.join("、", released));
        }
        for (String unit : units.clearHeadship(user.username())) {
            events.publishEvent(new OrganizationChanged(OrganizationAction.unitSubject(unit), OrganizationAction.UNIT_HEAD_SET, ""));
        }
    }

    private String unit(String value) {
        String code = Texts.required("unit", value, UnitAdminService.MAX_CODE);
        ManagedUnit unit = units.unit(code).orElseThrow(() -> OrganizationProblem.UNIT_UNKNOWN.at("unit", code));
        if (!unit.enabled()) {
            throw OrganizationProblem.UNIT_DISABLED.at("unit", unit.name());
        }
        return code;
    }

    private static Set<String> roles(Set<String> values) {
        Set<String> roles = new TreeSet<>();
        for (String value : values) {
            String role = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
            if (!Roles.ALL.contains(role)) {
                throw OrganizationProblem.ROLE_UNKNOWN.at("roles", value);
            }
            roles.add(role);
        }
        return roles;
    }

    private static String email(String value) {
        String email = Texts.optional("email", value, MAX_EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw OrganizationProblem.EMAIL_INVALID.at("email", email);
        }
        return email;
    }

    private static void requireNotSelf(String username) {
        if (username.equals(SecurityContextHolder.getContext().getAuthentication().getName())) {
            throw OrganizationProblem.OWN_ACCOUNT.at("username");
        }
    }

    private void requireOtherAdmin(String username) {
        if (repository.countEnabledAdmins() <= 1) {
            throw OrganizationProblem.LAST_ADMIN.at("username", username);
        }
    }

    private void publish(String username, OrganizationAction action, String details) {
        events.publishEvent(new OrganizationChanged(OrganizationAction.userSubject(username), action, details));
    }

    private static String describe(String displayName, String unit, Set<String> roles) {
        return displayName + " " + unit + " " + String.join(",", roles);
    }
}
