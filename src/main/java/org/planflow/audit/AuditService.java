package org.planflow.audit;

import java.util.List;

import org.planflow.audit.persistence.AuditRepository;
import org.planflow.security.CurrentUser;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction (MANDATORY), so an event exists
 * exactly when the change it describes was committed; it keeps the address of the client whose request made
 * the change. Logins, downloads and the like, which change nothing, are recorded apart ({@code AnnouncementTrail}).
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** The actor recorded when the engine acts on its own, e.g. a deadline passing. */
    public static final String SYSTEM = "system";

    private final AuditRepository repository;
    private final PlanFlowClock clock;

    public AuditService(AuditRepository repository, PlanFlowClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an event by the logged-in user, or by {@link #SYSTEM} when nobody is logged in. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("permitAll()")
    public void record(AuditRecord event) {
        recordAs(CurrentUser.username().orElse(SYSTEM), event);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("permitAll()")
    public void recordAs(String actor, AuditRecord event) {
        repository.insert(actor, ClientAddresses.current().orElse(null), event, clock.instant());
    }

    /** A supervised item's events, oldest first. Callers check that the reader may see the item. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> itemTimeline(long itemId) {
        return repository.itemTimeline(itemId);
    }

    /** The administration trail, newest first, one page of the events the query asks for, with their total. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
    public PageOf<TrailEntry> trail(TrailQuery query, PageRequest page) {
        return PageOf.of(repository.trail(query, page.offset(), page.size()), page, repository.trailCount(query));
    }

    /** A plan's business events, oldest first. Callers check that the reader may see the plan. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> timeline(long planId) {
        return repository.timeline(planId);
    }

    /** One page of a plan's business events, oldest first, with their total. Callers check that the reader may see every row. */
    @PreAuthorize("isAuthenticated()")
    public PageOf<AuditEntry> timeline(long planId, PageRequest page) {
        return PageOf.of(repository.timeline(planId, page.offset(), page.size()), page, repository.countTimeline(planId));
    }

    /** A plan's next business events after the given one (null: the first), oldest first, for readers who see some rows only. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> timelineAfter(long planId, AuditEntry after, int limit) {
        return repository.timelineAfter(planId, after, limit);
    }
}
