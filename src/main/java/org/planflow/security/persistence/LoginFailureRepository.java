package org.planflow.security.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed logins counted per account and client address, and per address across accounts, in the
 * database so that every PlanFlow node counts the same. A count covers the failures since
 * {@code counting_since}; one older than the window starts it again, and so does the lock it leads to.
 */
@Repository
public class LoginFailureRepository {

    /** What is counted: an account from one address, or one address whatever the account. */
    public enum Counter {
        ACCOUNT_AND_ADDRESS("login_failure", "client_address, username", ":address, :username",
                "client_address = :address AND username = :username"),
        ADDRESS("login_failure_address", "client_address", ":address", "client_address = :address");

        private final String table;
        private final String key;
        private final String keyValues;
        private final String matches;

        Counter(String table, String key, String keyValues, String matches) {
            this.table = table;
            this.key = key;
            this.keyValues = keyValues;
            this.matches = matches;
        }
    }

    /** Stale rows removed per failure: enough to keep up, few enough to stay quick. */
    private static final int PRUNE_BATCH = 100;

    private final JdbcClient jdbc;

    public LoginFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until when this counter is locked at {@code now}; empty when it is not. */
    public Optional<Instant> lockedUntil(Counter counter, String username, String address, Instant now) {
        return jdbc.sql("SELECT locked_until FROM " + counter.table + " WHERE " + counter.matches + " AND locked_until > :now")
                .params(params(username, address, now))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Counts one failure. When it makes {@code max} within the window (failures since {@code windowStart}),
     * the counter is locked until {@code lockUntil} and starts again from nothing; that lock is returned.
     */
    public Optional<Instant> countFailure(Counter counter, String username, String address, Instant now, Instant windowStart,
                                          int max, Instant lockUntil) {
        Map<String, Object> params = params(username, address, now);
        params.put("windowStart", Timestamp.from(windowStart));
        params.put("lockUntil", Timestamp.from(lockUntil));
        // The upsert holds the row until the transaction ends, so racing failures count one after the other.
        int failures = jdbc.sql("INSERT INTO " + counter.table + " AS f (" + counter.key + ", failures, counting_since) "
                        + "VALUES (" + counter.keyValues + ", 1, :now) "
                        + "ON CONFLICT (" + counter.key + ") DO UPDATE SET "
                        + "failures = CASE WHEN f.counting_since <= :windowStart THEN 1 ELSE f.failures + 1 END, "
                        + "counting_since = CASE WHEN f.counting_since <= :windowStart THEN :now ELSE f.counting_since END "
                        + "RETURNING failures")
                .params(params)
                .query(Integer.class)
                .single();
        if (failures < max) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE " + counter.table + " SET failures = 0, counting_since = :now, locked_until = :lockUntil WHERE " + counter.matches)
                .params(params)
                .update();
        return Optional.of(lockUntil);
    }

    /** A success: the account's count and lock for this address are forgotten. */
    public void forget(String username, String address) {
        jdbc.sql("DELETE FROM login_failure WHERE client_address = ? AND username = ?").params(address, username).update();
    }

    /** The administrator lifted the account's locks: every address's count and lock are forgotten. */
    public void forgetAccount(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(username).update();
    }

    /** The latest lock at {@code now} of each of these accounts, for any address. */
    public Map<String, Instant> lockedUntil(Collection<String> usernames, Instant now) {
        Map<String, Instant> locks = new HashMap<>();
        jdbc.sql("SELECT username, max(locked_until) AS until FROM login_failure WHERE username = ANY(?) AND locked_until > ? "
                        + "GROUP BY username")
                .params(usernames.toArray(String[]::new), Timestamp.from(now))
                .query(rs -> {
                    locks.put(rs.getString("username"), rs.getTimestamp("until").toInstant());
                });
        return locks;
    }

    /**
     * Removes some rows whose count began before {@code staleBefore} and whose lock, if any, is over: a
     * guesser trying many names would otherwise fill the table. Rows in use by a racing login are skipped.
     */
    public void pruneStale(Instant staleBefore, Instant now) {
        for (Counter counter : Counter.values()) {
            jdbc.sql("DELETE FROM " + counter.table + " WHERE (" + counter.key + ") IN (SELECT " + counter.key
                            + " FROM " + counter.table + " WHERE counting_since < ? AND (locked_until IS NULL OR locked_until <= ?)"
                            + " LIMIT " + PRUNE_BATCH + " FOR UPDATE SKIP LOCKED)")
                    .params(Timestamp.from(staleBefore), Timestamp.from(now))
                    .update();
        }
    }

    private static Map<String, Object> params(String username, String address, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("username", username);
        params.put("address", address);
        params.put("now", Timestamp.from(now));
        return params;
    }
}
