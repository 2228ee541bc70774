package org.planflow.audit;

import java.util.List;

import org.planflow.audit.persistence.AuditRepository;
import org.planflow.security.CurrentUser;
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
    public static final int MAX_PAGE_SIZE = 200;

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
    public TrailPage trail(TrailQuery query, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw AuditProblem.PAGE_INVALID.at("size", MAX_PAGE_SIZE);
        }
        return new TrailPage(repository.trail(query, page * size, size), page, size, repository.trailCount(query));
    }

    /** A plan's business events, oldest first. Callers check that the reader may see the plan. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> timeline(long planId) {
        return repository.timeline(planId);
    }
}
