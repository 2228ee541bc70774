package org.planflow.plan;

import java.util.List;

import org.planflow.organization.OrganizationService;
import org.planflow.plan.persistence.PlanListRepository;
import org.planflow.security.CurrentUser;
import org.planflow.security.DistrictRoles;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PagingProblem;
import org.planflow.shared.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan list: the caller's own plans, their unit's, or (for the district's roles) all, newest first. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanListService {

    public static final int MAX_PAGE_SIZE = PageRequest.MAX_SIZE;

    private final PlanListRepository repository;
    private final OrganizationService organization;

    public PlanListService(PlanListRepository repository, OrganizationService organization) {
        this.repository = repository;
        this.organization = organization;
    }

    public List<PlanSummary> search(PlanQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw PagingProblem.SIZE_INVALID.at("size", MAX_PAGE_SIZE, limit);
        }
        return repository.search(filter(query), offset, limit);
    }

    /** One page of the plans the query finds, newest first, with how many it finds in all. */
    public PageOf<PlanSummary> search(PlanQuery query, PageRequest page) {
        return PageOf.of(search(query, page.offset(), page.size()), page, count(query));
    }

    public long count(PlanQuery query) {
        return repository.count(filter(query));
    }

    /** Whether the caller may list all plans of the district: the district's roles and the administrator. */
    public boolean maySeeAll() {
        return DistrictRoles.business() || DistrictRoles.administrator();
    }

    private PlanListRepository.SearchFilter filter(PlanQuery query) {
        String username = CurrentUser.require();
        PlanQuery.Scope scope = query.scope() == null ? PlanQuery.Scope.MINE : query.scope();
        return switch (scope) {
            case MINE -> new PlanListRepository.SearchFilter(username, null, query.text(), query.status(), query.leadUnit());
            case UNIT -> new PlanListRepository.SearchFilter(null, organization.user(username).unit().code(), query.text(),
                    query.status(), query.leadUnit());
            case OFFICE -> {
                if (!CurrentUser.hasRole(Roles.PLAN_OFFICE)) {
                    throw new AccessDeniedException(Roles.NOT_ALLOWED);
                }
                yield new PlanListRepository.SearchFilter(null, null, query.text(), query.status(), query.leadUnit(),
                        organization.user(username).unit().code());
            }
            case ALL -> {
                if (!maySeeAll()) {
                    throw new AccessDeniedException("only leaders, supervisors, the office and administrators list all plans");
                }
                yield new PlanListRepository.SearchFilter(null, null, query.text(), query.status(), query.leadUnit());
            }
        };
    }
}
