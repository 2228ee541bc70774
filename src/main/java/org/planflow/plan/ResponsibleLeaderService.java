package org.planflow.plan;

import java.util.Objects;
import java.util.Optional;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.persistence.PlanRepository;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's responsible leader (分管领导): recorded at the first approval, named or changed by who may. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ResponsibleLeaderService {

    private final PlanService plans;
    private final PlanRepository repository;
    private final OrganizationService organization;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    public ResponsibleLeaderService(PlanService plans, PlanRepository repository, OrganizationService organization,
                                    AuditService audit, ApplicationEventPublisher events) {
        this.plans = plans;
        this.repository = repository;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Names the plan's responsible leader (分管领导), an enabled LEADER, or none (null): administrators and
     * the lead unit's drafters may, at any time; the plan's supervised items follow.
     */
    @Transactional
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).ADMIN, T(org.planflow.shared.Roles).DRAFTER)")
    public Plan nameResponsibleLeader(long id, String leader) {
        Plan plan = plans.get(id);
        if (!mayNameResponsibleLeader(plan)) {
            throw new AccessDeniedException("only administrators and the drafters of the plan's lead department name its "
                    + "responsible leader");
        }
        String username = leader == null || leader.isBlank() ? null : leader.strip();
        if (username != null && organization.findUser(username)
                .filter(user -> user.enabled() && user.hasRole(Roles.LEADER)).isEmpty()) {
            throw PlanProblem.LEADER_INVALID.at(PlanFields.LEADER, username);
        }
        if (!Objects.equals(username, plan.responsibleLeader())) {
            repository.setResponsibleLeader(id, username);
            audit.record(AuditRecord.of(id, PlanAction.RESPONSIBLE_LEADER_SET.name()).withDetails(username));
            events.publishEvent(new PlanResponsibleLeaderChanged(id, username));
        }
        return plans.load(id);
    }

    public boolean mayNameResponsibleLeader(Plan plan) {
        return CurrentUser.hasRole(Roles.ADMIN) || plans.isLeadDrafter(plan);
    }

    /** The plan's 分管领导 for the system itself (an escalation from an engine job); empty while none is known. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<String> responsibleLeader(long id) {
        return repository.responsibleLeader(id);
    }

    /** The leader responsible for the plan (分管领导), unless already named: the first leader who approved it. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void recordResponsibleLeader(long id, String leader) {
        repository.setResponsibleLeaderIfNone(id, leader);
    }
}
