package org.planflow.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planflow.notification.mail.NotificationMailer;
import org.planflow.notification.persistence.NotificationRepository;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.security.CurrentUser;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PlanFlowClock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notices to the members of groups and to named users, and lets each user read their own.
 * Sending is done by the system (engine jobs, task events) and so carries no method security.
 */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository repository;
    private final OrganizationService organization;
    private final NotificationMailer mailer;
    private final PlanFlowClock clock;

    public NotificationService(NotificationRepository repository, OrganizationService organization,
                               NotificationMailer mailer, PlanFlowClock clock) {
        this.repository = repository;
        this.organization = organization;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Notifies every enabled member of the groups and every named user, each once. */
    public int send(Notice notice, Collection<String> groups, Collection<String> usernames) {
        Map<String, UserAccount> recipients = new LinkedHashMap<>();
        organization.membersOf(groups).forEach(user -> recipients.putIfAbsent(user.username(), user));
        usernames.stream()
                .filter(username -> !recipients.containsKey(username))
                .forEach(username -> organization.findUser(username).filter(UserAccount::enabled)
                        .ifPresent(user -> recipients.put(username, user)));
        if (recipients.isEmpty()) {
            return 0;
        }
        repository.insert(notice, recipients.keySet(), clock.instant());
        mailer.sendAfterCommit(notice, List.copyOf(recipients.values()));
        return recipients.size();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return repository.unreadCount(CurrentUser.require());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PageOf<Notification> mine(PageRequest page) {
        String username = CurrentUser.require();
        return PageOf.of(repository.page(username, page.offset(), page.size()), page, repository.count(username));
    }

    @PreAuthorize("isAuthenticated()")
    public void markRead(long id) {
        if (!repository.markRead(CurrentUser.require(), id, clock.instant())) {
            throw new NotFoundException("No notification " + id + " for you");
        }
    }

    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return repository.markAllRead(CurrentUser.require(), clock.instant());
    }
}
