package org.planflow.organization.persistence;

import java.util.List;
import java.util.Optional;

import org.planflow.organization.Credentials;
import org.planflow.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What signs an account in (app_user): its password hash, lock, enabled flag and credentials epoch. */
@Repository
public class CredentialsRepository {

    private final JdbcClient jdbc;

    public CredentialsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql(UserRows.BY_USERNAME)
                .param(username)
                .query((rs, i) -> new Credentials(rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), rs.getBoolean("locked"), rs.getBoolean("must_change_password"),
                        rs.getLong("credentials_epoch"), UserRows.roles(rs)))
                .optional();
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
}
