package org.planflow.organization.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.planflow.organization.Credentials;
import org.planflow.organization.Groups;
import org.planflow.organization.ManagedUser;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitType;
import org.planflow.organization.UserAccount;
import org.planflow.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganizationRepository {

    private static final String USER_COLUMNS = """
            u.username, u.display_name, u.enabled, u.email, u.locale, u.password_hash, u.locked,
            u.must_change_password, u.credentials_epoch, o.code AS unit_code, o.name AS unit_name, o.type AS unit_type,
            (o.head_username IS NULL OR o.head_username = u.username) AS answers_for_unit,
            o.head_username = u.username AS unit_head,
            ARRAY(SELECT r.role FROM user_role r WHERE r.username = u.username ORDER BY r.role) AS roles
            """;

    private final JdbcClient jdbc;

    public OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units in use, in display order. */
    public List<OrgUnit> units() {
        return jdbc.sql("SELECT code, name, type FROM org_unit WHERE enabled ORDER BY sort_order, code")
                .query((rs, i) -> unit(rs, "code", "name", "type"))
                .list();
    }

    /** One page of the units in use, in their display order. */
    public List<String> enabledUnitCodesOfType(UnitType type) {
        return jdbc.sql("SELECT code FROM org_unit WHERE enabled AND type = ? ORDER BY sort_order, code")
                .param(type.name()).query(String.class).list();
    }

    public List<OrgUnit> units(int offset, int limit) {
        return jdbc.sql("SELECT code, name, type FROM org_unit WHERE enabled ORDER BY sort_order, code OFFSET ? LIMIT ?")
                .params(offset, limit)
                .query((rs, i) -> unit(rs, "code", "name", "type"))
                .list();
    }

    public long countUnits() {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE enabled").query(Long.class).single();
    }

    /** Every unit, those no longer in use included: their groups still hold old tasks and history. */
    public List<OrgUnit> allUnits() {
        return jdbc.sql("SELECT code, name, type FROM org_unit ORDER BY sort_order, code")
                .query((rs, i) -> unit(rs, "code", "name", "type"))
                .list();
    }

    public Optional<OrgUnit> unit(String code) {
        return jdbc.sql("SELECT code, name, type FROM org_unit WHERE code = ?")
                .param(code)
                .query((rs, i) -> unit(rs, "code", "name", "type"))
                .optional();
    }

    public Optional<UserAccount> user(String username) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user u JOIN org_unit o ON o.code = u.unit_code WHERE u.username = ?")
                .param(username)
                .query((rs, i) -> account(rs))
                .optional();
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user u JOIN org_unit o ON o.code = u.unit_code WHERE u.username = ?")
                .param(username)
                .query((rs, i) -> new Credentials(rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), rs.getBoolean("locked"), rs.getBoolean("must_change_password"),
                        rs.getLong("credentials_epoch"), roles(rs)))
                .optional();
    }

    /** The Camunda groups of a user (see {@link Groups}); empty for an unknown user. */
    public List<String> groupsOf(String username) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user u JOIN org_unit o ON o.code = u.unit_code WHERE u.username = ?")
                .param(username)
                .query((rs, i) -> Groups.of(account(rs), rs.getBoolean("answers_for_unit")))
                .optional()
                .orElse(List.of());
    }

    public Optional<ManagedUser> managedUser(String username) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user u JOIN org_unit o ON o.code = u.unit_code WHERE u.username = ?")
                .param(username)
                .query((rs, i) -> managed(rs))
                .optional();
    }

    /**
     * Users whose username or name contains the text (null: all), of one unit (null: any), by username;
     * one page.
     */
    public List<ManagedUser> managedUsers(String text, String unitCode, int offset, int limit) {
        Query query = managedQuery(text, unitCode, "SELECT " + USER_COLUMNS);
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

    /** Ends the account's sessions, except the one {@code security} carries over when the owner changed it. */
    public void setPassword(String username, String passwordHash, boolean mustChange) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = ? WHERE username = ?")
                .params(passwordHash, mustChange, username)
                .update();
        newCredentialsEpoch(username);
    }

    /** The administrator's lock; locking ends the account's sessions. */
    public void setLocked(String username, boolean locked) {
        jdbc.sql("UPDATE app_user SET locked = ? WHERE username = ?").params(locked, username).update();
        if (locked) {
            newCredentialsEpoch(username);
        }
    }

    /** Disabling ends the account's sessions. */
    public void setUserEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?").params(enabled, username).update();
        if (!enabled) {
            newCredentialsEpoch(username);
        }
    }

    /** Ends whatever was signed in to the account until now: its sessions (and, once they exist, its tokens). */
    public void newCredentialsEpoch(String username) {
        jdbc.sql("UPDATE app_user SET credentials_epoch = credentials_epoch + 1 WHERE username = ?").param(username).update();
    }

    public List<String> usernamesOfUnit(String unitCode) {
        return jdbc.sql("SELECT username FROM app_user WHERE unit_code = ? ORDER BY username")
                .param(unitCode)
                .query(String.class)
                .list();
    }

    /**
     * Users matching every given filter (null: no filter), ordered by username, one page.
     * {@code groupId} is a derived group id: a unit code, {@code role-x} or {@code unit.x}.
     */
    /** Every account of these units, enabled or not, by unit code. */
    public Map<String, List<UserAccount>> usersOfUnits(Collection<String> unitCodes) {
        Map<String, List<UserAccount>> users = new HashMap<>();
        jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user u JOIN org_unit o ON o.code = u.unit_code WHERE u.unit_code = ANY(?)"
                        + " ORDER BY u.username")
                .param(unitCodes.toArray(String[]::new))
                .query((rs, i) -> account(rs))
                .list()
                .forEach(user -> users.computeIfAbsent(user.unit().code(), code -> new ArrayList<>()).add(user));
        return users;
    }

    public List<UserAccount> findUsers(UserFilter filter, int offset, int limit) {
        Query query = userQuery(filter, "SELECT " + USER_COLUMNS);
        query.sql.append(" ORDER BY u.username OFFSET ? LIMIT ?");
        query.params.add(offset);
        query.params.add(limit);
        return jdbc.sql(query.sql.toString()).params(query.params).query((rs, i) -> account(rs)).list();
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

    /** Distinct hashes of enabled administrators and of enabled accounts that share a hash. */
    public List<String> passwordHashesWorthChecking() {
        return jdbc.sql("""
                SELECT password_hash FROM app_user WHERE enabled GROUP BY password_hash HAVING count(*) > 1
                UNION
                SELECT u.password_hash FROM app_user u JOIN user_role r ON r.username = u.username
                 WHERE u.enabled AND r.role = ?""")
                .param(Roles.ADMIN)
                .query(String.class)
                .list();
    }

    public long countEnabledUsersWithPasswordHash(String passwordHash) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE enabled AND password_hash = ?")
                .param(passwordHash)
                .query(Long.class)
                .single();
    }

    public long countEnabledAdmins() {
        return jdbc.sql("SELECT count(*) FROM app_user u JOIN user_role r ON r.username = u.username WHERE u.enabled AND r.role = ?")
                .param(Roles.ADMIN)
                .query(Long.class)
                .single();
    }

    public void insertUnitIfMissing(String code, String name, UnitType type) {
        jdbc.sql("INSERT INTO org_unit (code, name, type) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING")
                .params(code, name, type.name())
                .update();
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
        UserAccount account = account(rs);
        return new ManagedUser(account.username(), account.displayName(), account.unit(), account.roles(), account.email(),
                account.locale(), account.enabled(), rs.getBoolean("locked"), null, rs.getBoolean("must_change_password"),
                rs.getBoolean("unit_head"));
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        String locale = rs.getString("locale");
        return new UserAccount(rs.getString("username"), rs.getString("display_name"),
                unit(rs, "unit_code", "unit_name", "unit_type"), roles(rs), rs.getBoolean("enabled"),
                rs.getString("email"), locale == null ? null : Locale.forLanguageTag(locale));
    }

    private static OrgUnit unit(ResultSet rs, String code, String name, String type) throws SQLException {
        return new OrgUnit(rs.getString(code), rs.getString(name), UnitType.valueOf(rs.getString(type)));
    }

    private static Set<String> roles(ResultSet rs) throws SQLException {
        Array array = rs.getArray("roles");
        return array == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(Arrays.asList((String[]) array.getArray())));
    }

    private static final class Query {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();
    }
}
