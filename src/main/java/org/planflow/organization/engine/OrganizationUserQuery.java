package org.planflow.organization.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.planflow.organization.persistence.UserFilter;

/** Camunda's user query answered from PlanFlow's user table. */
class OrganizationUserQuery extends UserQueryImpl {

    OrganizationUserQuery() {
    }

    OrganizationUserQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        if (matchesNothing()) {
            return 0;
        }
        return provider(commandContext).countUsers(filter());
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        if (matchesNothing()) {
            return List.of();
        }
        // listPage() leaves the page on the query itself and passes none.
        int offset = page == null ? getFirstResult() : page.getFirstResult();
        int limit = page == null ? getMaxResults() : page.getMaxResults();
        return provider(commandContext).findUsers(filter(), offset, limit);
    }

    /** PlanFlow has no tenants and no start authorizations, so such filters find nobody. */
    private boolean matchesNothing() {
        return tenantId != null || procDefId != null;
    }

    private UserFilter filter() {
        List<String> idList = null;
        if (ids != null || id != null) {
            idList = new ArrayList<>();
            if (ids != null) {
                idList.addAll(List.of(ids));
            }
            if (id != null) {
                idList = idList.isEmpty() ? List.of(id) : idList.stream().filter(id::equals).toList();
            }
        }
        String displayName = firstName != null ? firstName : firstNameLike;
        String mail = email != null ? email : emailLike;
        UserFilter filter = new UserFilter(idList, displayName, mail, null, null, null);
        return groupId == null ? filter : filter.memberOf(groupId);
    }

    private static OrganizationIdentityProvider provider(CommandContext commandContext) {
        return (OrganizationIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }
}
