package org.planflow.plan.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.planflow.plan.Revision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The saved revisions of plans (plan_revision), each with the draft it saved. */
@Repository
public class PlanRevisionRepository {

    private final JdbcClient jdbc;

    public PlanRevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long planId, int number, String author, String note, String content, Instant now) {
        jdbc.sql("INSERT INTO plan_revision (plan_id, number, created, author, note, content) VALUES (?, ?, ?, ?, ?, ?)")
                .params(planId, number, Timestamp.from(now), author, note, content).update();
    }

    public List<Revision> revisions(long planId) {
        return revisions(planId, 0, Integer.MAX_VALUE);
    }

    public List<Revision> revisions(long planId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT r.number, r.created, r.author, u.display_name, r.note
                          FROM plan_revision r LEFT JOIN app_user u ON u.username = r.author
                         WHERE r.plan_id = ? ORDER BY r.number DESC OFFSET ? LIMIT ?""")
                .params(planId, offset, limit)
                .query((rs, i) -> new Revision(rs.getInt("number"), rs.getTimestamp("created").toInstant(),
                        rs.getString("author"), rs.getString("display_name"), rs.getString("note")))
                .list();
    }

    public long count(long planId) {
        return jdbc.sql("SELECT count(*) FROM plan_revision WHERE plan_id = ?").param(planId).query(Long.class).single();
    }

    public Optional<String> content(long planId, int number) {
        return jdbc.sql("SELECT content FROM plan_revision WHERE plan_id = ? AND number = ?").params(planId, number)
                .query(String.class).optional();
    }
}
