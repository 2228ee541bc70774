package org.planflow.organization.engine;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's group query over the groups derived from units and roles (a few hundred: filtered in memory). */
class OrganizationGroupQuery extends GroupQueryImpl {

    OrganizationGroupQuery() {
    }

    OrganizationGroupQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching(commandContext).count();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        Stream<Group> groups = matching(commandContext);
        // listPage() leaves the page on the query itself and passes none.
        int offset = page == null ? getFirstResult() : page.getFirstResult();
        int limit = page == null ? getMaxResults() : page.getMaxResults();
        return groups.skip(offset).limit(limit).toList();
    }

    private Stream<Group> matching(CommandContext commandContext) {
        if (tenantId != null || procDefId != null) {
            return Stream.empty();
        }
        OrganizationIdentityProvider provider = (OrganizationIdentityProvider) commandContext.getReadOnlyIdentityProvider();
        List<Group> candidates = userId != null ? provider.groupsOfUser(userId) : provider.allGroups();
        return candidates.stream()
                .filter(group -> id == null || id.equals(group.getId()))
                .filter(group -> ids == null || List.of(ids).contains(group.getId()))
                .filter(group -> name == null || name.equals(group.getName()))
                .filter(group -> nameLike == null || like(group.getName(), nameLike))
                .filter(group -> type == null || type.equals(group.getType()));
    }

    private static boolean like(String value, String pattern) {
        String regex = ("\\Q" + pattern + "\\E").replace("%", "\\E.*\\Q").replace("_", "\\E.\\Q");
        return value != null && value.matches(regex);
    }
}
