package org.planflow.organization.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.planflow.organization.Credentials;
import org.planflow.organization.Groups;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UserAccount;
import org.planflow.organization.persistence.CredentialsRepository;
import org.planflow.organization.persistence.OrgUnitRepository;
import org.planflow.organization.persistence.UserFilter;
import org.planflow.organization.persistence.UserRepository;
import org.planflow.shared.Roles;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A read-only view of PlanFlow's units, users and roles as Camunda users and groups. */
class OrganizationIdentityProvider implements ReadOnlyIdentityProvider {

    private final UserRepository users;
    private final OrgUnitRepository orgUnits;
    private final CredentialsRepository credentials;
    private final PasswordEncoder passwordEncoder;

    OrganizationIdentityProvider(UserRepository users, OrgUnitRepository orgUnits, CredentialsRepository credentials,
                                 PasswordEncoder passwordEncoder) {
        this.users = users;
        this.orgUnits = orgUnits;
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public User findUserById(String userId) {
        return users.user(userId).map(OrganizationIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new OrganizationUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new OrganizationUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in PlanFlow's own tables");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        return credentials.credentials(userId)
                .filter(Credentials::mayLogIn)
                .map(credentials -> passwordEncoder.matches(password, credentials.passwordHash()))
                .orElse(false);
    }

    @Override
    public Group findGroupById(String groupId) {
        return allGroups().stream().filter(group -> group.getId().equals(groupId)).findFirst().orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new OrganizationGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new OrganizationGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // holds no resources of its own
    }

    List<User> findUsers(UserFilter filter, int offset, int limit) {
        return users.findUsers(filter, offset, limit).stream().map(OrganizationIdentityProvider::toUser).toList();
    }

    long countUsers(UserFilter filter) {
        return users.countUsers(filter);
    }

    /**
     * Every group that exists: units (those no longer in use too, for their old tasks) and who answers
     * for each, roles, unit roles held by someone, and Camunda's admin group. Read afresh on every call,
     * so a change by the administrator shows at once.
     */
    List<Group> allGroups() {
        List<Group> groups = new ArrayList<>();
        List<OrgUnit> units = orgUnits.allUnits();
        units.forEach(unit -> groups.add(group(Groups.ofUnit(unit.code()), unit.name(), Groups.TYPE_UNIT)));
        units.forEach(unit -> groups.add(group(Groups.ofUnitHead(unit.code()), unit.name() + " HEAD", Groups.TYPE_UNIT_HEAD)));
        Roles.ALL.forEach(role -> groups.add(group(Groups.ofRole(role), role, Groups.TYPE_ROLE)));
        for (String[] pair : users.unitRolePairs()) {
            String unitName = units.stream().filter(unit -> unit.code().equals(pair[0])).map(OrgUnit::name).findFirst().orElse(pair[0]);
            groups.add(group(Groups.ofUnitRole(pair[0], pair[1]), unitName + " " + pair[1], Groups.TYPE_UNIT_ROLE));
        }
        groups.add(group(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.TYPE_SYSTEM));
        return groups;
    }

    List<Group> groupsOfUser(String userId) {
        List<String> ids = users.groupsOf(userId);
        if (ids.isEmpty()) {
            return List.of();
        }
        return allGroups().stream().filter(group -> ids.contains(group.getId())).toList();
    }

    private static User toUser(UserAccount account) {
        UserEntity user = new UserEntity(account.username());
        user.setFirstName(account.displayName());
        user.setLastName("");
        user.setEmail(account.email());
        return user;
    }

    private static Group group(String id, String name, String type) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(type);
        return group;
    }
}
