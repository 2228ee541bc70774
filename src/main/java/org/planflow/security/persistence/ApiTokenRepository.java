package org.planflow.security.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.planflow.security.ApiToken;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens by the hash of their secret; the secret itself is never stored. */
@Repository
public class ApiTokenRepository {

    private static final String COLUMNS = "id, name, username, hint, created_at, created_by, last_used_at";

    private final JdbcClient jdbc;

    public ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String username, String name, String tokenHash, String hint, String createdBy, Instant createdAt) {
        return jdbc.sql("""
                        INSERT INTO api_token (username, name, token_hash, hint, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(username, name, tokenHash, hint, createdBy, Timestamp.from(createdAt))
                .query(Long.class)
                .single();
    }

    /** The token whose secret has this hash: one lookup in a unique index. */
    public Optional<ApiToken> findByHash(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE token_hash = ?")
                .param(tokenHash)
                .query(ApiTokenRepository::token)
                .optional();
    }

    public Optional<ApiToken> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE id = ?").param(id).query(ApiTokenRepository::token).optional();
    }

    public boolean nameTaken(String username, String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM api_token WHERE username = ? AND name = ?)")
                .params(username, name).query(Boolean.class).single();
    }

    /** The tokens of one account, or of every account when {@code username} is null; by account, oldest first. */
    public List<ApiToken> list(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE (CAST(? AS varchar) IS NULL OR username = ?) "
                        + "ORDER BY username, created_at, id")
                .params(username, username)
                .query(ApiTokenRepository::token)
                .list();
    }

    /** A page of {@link #list}, with the count of the whole list. */
    public PageOf<ApiToken> page(String username, PageRequest page) {
        List<ApiToken> items = jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE (CAST(? AS varchar) IS NULL OR username = ?) "
                        + "ORDER BY username, created_at, id LIMIT ? OFFSET ?")
                .params(username, username, page.size(), page.offset())
                .query(ApiTokenRepository::token)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM api_token WHERE (CAST(? AS varchar) IS NULL OR username = ?)")
                .params(username, username).query(Long.class).single();
        return PageOf.of(items, page, total);
    }

    /** Whether this call deleted it: of two revocations at once, one does. */
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM api_token WHERE id = ?").param(id).update() == 1;
    }

    /** Records a use, unless one was recorded since {@code unlessSince}: at most one write a minute per token, on any node. */
    public void touch(long id, Instant at, Instant unlessSince) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(Timestamp.from(at), id, Timestamp.from(unlessSince))
                .update();
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        Timestamp lastUsed = rs.getTimestamp("last_used_at");
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("username"), rs.getString("hint"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), lastUsed == null ? null : lastUsed.toInstant());
    }
}
