package org.planflow.organization.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.planflow.organization.Groups;
import org.planflow.organization.ManagedUser;
import org.planflow.organization.UserAccount;
import org.planflow.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users (app_user) with their roles (user_role) and the engine's groups derived from them; sign-in is {@link CredentialsRepository}'s. */
@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> user(String username) {
        return jdbc.sql(UserRows.BY_USERNAME)
                .param(username)
                .query((rs, i) -> UserRows.account(rs))
                .optional();
    }

    /** The Camunda groups of a user (see {@link Groups}); empty for an unknown user. */
    public List<String> groupsOf(String username) {
        return jdbc.sql(UserRows.BY_USERNAME)
                .param(username)
                .query((rs, i) -> Groups.of(UserRows.account(rs), rs.getBoolean("answers_for_unit")))
                .optional()
                .orElse(List.of());
    }

    public Optional<ManagedUser> managedUser(String username) {
        return jdbc.sql(UserRows.BY_USERNAME)
                .param(username)
                .query((rs, i) -> managed(rs))
                .optional();
    }

    /**
     * Users whose username or name contains the text (null: all), of one unit (null: any), by username;
     * one page.
     */
    public List<ManagedUser> managedUsers(String text, String unitCode, int offset, int limit) {
        Query query = managedQuery(text, unitCode, "SELECT " + UserRows.COLUMNS);
        query.sql.append(" ORDER BY u.username OFFSET ? LIMIT ?");
        query.params.add(offset);
        query.params.add(limit);
        return jdbc.sql(query.sql.toString()).params(query.params).query((rs, i) -> managed(rs)).list();
    }

    public long countManagedUsers(String text, String unitCode) {
        Query query = managedQuery(text, unitCode, "SELECT count(*)");
        return jdbc.sql(query.sql.toString()).params(query.params).query(Long.class).single();
    }

    public void updateUser(String username, String displayName, String unitCode, String email) {
        jdbc.sql("UPDATE app_user SET display_name = ?, unit_code = ?, email = ? WHERE username = ?")
                .params(displayName, unitCode, email, username)
                .update();
    }

    public void replaceRoles(String username, Collection<String> roles) {
        jdbc.sql("DELETE FROM user_role WHERE username = ?").param(username).update();
        roles.forEach(role -> insertRole(username, role));
    }

    public List<String> usernamesOfUnit(String unitCode) {
        return jdbc.sql("SELECT username FROM app_user WHERE unit_code = ? ORDER BY username")
                .param(unitCode)
                .query(String.class)
                .list();
    }

    /** Every account of these units, enabled or not, by unit code. */
    public Map<String, List<UserAccount>> usersOfUnits(Collection<String> unitCodes) {
        Map<String, List<UserAccount>> users = new HashMap<>();
        jdbc.sql(UserRows.SELECT + " WHERE u.unit_code = ANY(?)"
                        + " ORDER BY u.username")
                .param(unitCodes.toArray(String[]::new))
                .query((rs, i) -> UserRows.account(rs))
                .list()
                .forEach(user -> users.computeIfAbsent(user.unit().code(), code -> new ArrayList<>()).add(user));
        return users;
    }

    /**
     * Users matching every given filter (null: no filter), ordered by username, one page.
     * {@code groupId} is a derived group id: a unit code, {@code role-x} or {@code unit.x}.
     */
    public List<UserAccount> findUsers(UserFilter filter, int offset, int limit) {
        Query query = userQuery(filter, "SELECT " + UserRows.COLUMNS);
        query.sql.append(" ORDER BY u.username OFFSET ? LIMIT ?");
        query.params.add(offset);
        query.params.add(limit);
        return jdbc.sql(query.sql.toString()).params(query.params).query((rs, i) -> UserRows.account(rs)).list();
    }

    public long countUsers(UserFilter filter) {
        Query query = userQuery(filter, "SELECT count(*)");
        return jdbc.sql(query.sql.toString()).params(query.params).query(Long.class).single();
    }

    /** Every (unit, role) pair that some user holds: the unit-role groups that exist. */
    public List<String[]> unitRolePairs() {
        return jdbc.sql("SELECT DISTINCT u.unit_code, r.role FROM app_user u JOIN user_role r ON r.username = u.username ORDER BY 1, 2")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    public long countEnabledAdmins() {
        return jdbc.sql("SELECT count(*) FROM app_user u JOIN user_role r ON r.username = u.username WHERE u.enabled AND r.role = ?")
                .param(Roles.ADMIN)
                .query(Long.class)
                .single();
    }

    public void insertUser(String username, String displayName, String unitCode, String email, String passwordHash,
                           boolean mustChangePassword) {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, unit_code, email, password_hash, must_change_password)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(username, displayName, unitCode, email, passwordHash, mustChangePassword)
                .update();
    }

    public void insertRole(String username, String role) {
        jdbc.sql("INSERT INTO user_role (username, role) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(username, role)
                .update();
    }

    public void updateLocale(String username, Locale locale) {
        jdbc.sql("UPDATE app_user SET locale = ? WHERE username = ?")
                .params(locale.toLanguageTag(), username)
                .update();
    }

    private static Query userQuery(UserFilter filter, String select) {
        Query query = new Query();
        query.sql.append(select).append(" FROM app_user u JOIN org_unit o ON o.code = u.unit_code WHERE TRUE");
        if (filter.ids() != null) {
            query.sql.append(" AND u.username = ANY(?)");
            query.params.add(filter.ids().toArray(String[]::new));
        }
        if (filter.displayNameLike() != null) {
            query.sql.append(" AND u.display_name LIKE ?");
            query.params.add(filter.displayNameLike());
        }
        if (filter.email() != null) {
            query.sql.append(" AND u.email LIKE ?");
            query.params.add(filter.email());
        }
        if (filter.unitCode() != null) {
            query.sql.append(" AND u.unit_code = ?");
            query.params.add(filter.unitCode());
        }
        if (filter.role() != null) {
            query.sql.append(" AND EXISTS (SELECT 1 FROM user_role r WHERE r.username = u.username AND r.role = ?)");
            query.params.add(filter.role());
        }
        if (filter.answersFor() != null) {
            query.sql.append(" AND u.unit_code = ? AND (o.head_username IS NULL OR o.head_username = u.username)");
            query.params.add(filter.answersFor());
        }
        return query;
    }

    private static Query managedQuery(String text, String unitCode, String select) {
        Query query = new Query();
        query.sql.append(select).append(" FROM app_user u JOIN org_unit o ON o.code = u.unit_code WHERE TRUE");
        if (text != null && !text.isBlank()) {
            query.sql.append(" AND (u.username ILIKE ? OR u.display_name ILIKE ?)");
            String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            query.params.add(like);
            query.params.add(like);
        }
        if (unitCode != null) {
            query.sql.append(" AND u.unit_code = ?");
            query.params.add(unitCode);
        }
        return query;
    }

    private static ManagedUser managed(ResultSet rs) throws SQLException {
        UserAccount account = UserRows.account(rs);
        return new ManagedUser(account.username(), account.displayName(), account.unit(), account.roles(), account.email(),
                account.locale(), account.enabled(), rs.getBoolean("locked"), null, rs.getBoolean("must_change_password"),
                rs.getBoolean("unit_head"));
    }

    private static final class Query {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();
    }
}
