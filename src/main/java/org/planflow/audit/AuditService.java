package org.planflow.audit;

import java.util.List;

import org.planflow.audit.persistence.AuditRepository;
import org.planflow.security.CurrentUser;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.PlanFlowClock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the business audit trail. Writing joins the caller's transaction (MANDATORY), so
 * an event exists exactly when the change it describes was committed.
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
        repository.insert(actor, event, clock.instant());
    }

    /** A supervised item's events, oldest first. Callers check that the reader may see the item. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> itemTimeline(long itemId) {
        return repository.itemTimeline(itemId);
    }

    /**
     * The administration trail, newest first: changes to one unit or user ({@code unit:fgw},
     * {@code user:staff-fgw}), to all units or users ({@code unit:}, {@code user:}) or, for null, to both.
     */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
    public List<AuditEntry> administrationTrail(String subject, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        return repository.subjectEvents(subject == null || subject.isBlank() ? null : subject.strip(), page * size, size);
    }

    /** A plan's events, oldest first. Callers check that the reader may see the plan. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> timeline(long planId) {
        return repository.timeline(planId);
    }
}
