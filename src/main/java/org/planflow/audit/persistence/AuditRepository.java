package org.planflow.audit.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.planflow.audit.AuditCategory;
import org.planflow.audit.AuditEntry;
import org.planflow.audit.AuditRecord;
import org.planflow.audit.TrailEntry;
import org.planflow.audit.TrailQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    public AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String actor, String clientAddress, AuditRecord event, Instant at) {
        jdbc.sql("""
                        INSERT INTO audit_event (plan_id, at, actor, action, outcome, comment, details, task_id, item_id, subject,
                                                 unit_code, assessment_id, category, client_address)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.planId(), Timestamp.from(at), actor, event.action(), event.outcome(), event.comment(),
                        event.details(), event.taskId(), event.itemId(), event.subject(), event.unit(), event.assessmentId(),
                        event.category() == null ? null : event.category().name(), clientAddress)
                .update();
    }

    /** The plan's business events; downloads of its files and the like belong to the administration trail. */
    public List<AuditEntry> timeline(long planId) {
        return events("e.plan_id = ? AND e.category IS NULL ORDER BY e.at, e.id", planId);
    }

    /** One page of the plan's business events, oldest first. */
    public List<AuditEntry> timeline(long planId, int offset, int limit) {
        return events("e.plan_id = ? AND e.category IS NULL ORDER BY e.at, e.id OFFSET ? LIMIT ?", planId, offset, limit);
    }

    public long countTimeline(long planId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE plan_id = ? AND category IS NULL").param(planId)
                .query(Long.class).single();
    }

    /** The plan's next business events after the given one (null: from the first), oldest first. */
    public List<AuditEntry> timelineAfter(long planId, AuditEntry after, int limit) {
        return after == null ? timeline(planId, 0, limit)
                : events("e.plan_id = ? AND e.category IS NULL AND (e.at, e.id) > (?, ?) ORDER BY e.at, e.id LIMIT ?", planId,
                Timestamp.from(after.at()), after.id(), limit);
    }

    public List<AuditEntry> itemTimeline(long itemId) {
        return events("e.item_id = ? AND e.category IS NULL ORDER BY e.at, e.id", itemId);
    }

    /** One page of the administration trail, newest first. */
    public List<TrailEntry> trail(TrailQuery query, int offset, int limit) {
        Condition condition = condition(query);
        List<Object> params = new ArrayList<>(condition.params());
        params.add(offset);
        params.add(limit);
        return jdbc.sql("""
                        SELECT e.id, e.at, e.category, e.actor, u.display_name, e.client_address, e.action, e.outcome,
                               e.details, e.subject, e.plan_id, e.item_id
                          FROM audit_event e LEFT JOIN app_user u ON u.username = e.actor
                         WHERE %s
                         ORDER BY e.at DESC, e.id DESC OFFSET ? LIMIT ?""".formatted(condition.sql()))
                .params(params)
                .query((rs, i) -> new TrailEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        AuditCategory.valueOf(rs.getString("category")), rs.getString("actor"), rs.getString("display_name"),
                        rs.getString("client_address"), rs.getString("action"), rs.getString("outcome"),
                        rs.getString("details"), rs.getString("subject"), rs.getObject("plan_id", Long.class),
                        rs.getObject("item_id", Long.class)))
                .list();
    }

    public long trailCount(TrailQuery query) {
        Condition condition = condition(query);
        return jdbc.sql("SELECT count(*) FROM audit_event e WHERE " + condition.sql())
                .params(condition.params()).query(Long.class).single();
    }

    /** Every event with a category; a subject ending in ':' asks for every subject of that kind ({@code unit:}). */
    private static Condition condition(TrailQuery query) {
        StringBuilder sql = new StringBuilder("e.category IS NOT NULL");
        List<Object> params = new ArrayList<>();
        if (query.category() != null) {
            sql.append(" AND e.category = ?");
            params.add(query.category().name());
        }
        if (query.actor() != null) {
            sql.append(" AND e.actor = ?");
            params.add(query.actor());
        }
        if (query.subject() != null && query.subject().endsWith(":")) {
            sql.append(" AND e.subject LIKE ?");
            params.add(query.subject().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        } else if (query.subject() != null) {
            sql.append(" AND e.subject = ?");
            params.add(query.subject());
        }
        return new Condition(sql.toString(), params);
    }

    private List<AuditEntry> events(String condition, Object... params) {
        return jdbc.sql("""
                        SELECT e.id, e.plan_id, e.at, e.actor, u.display_name, e.action, e.outcome, e.comment, e.details,
                               e.task_id, e.subject, e.item_id, e.unit_code, e.assessment_id
                          FROM audit_event e LEFT JOIN app_user u ON u.username = e.actor
                         WHERE %s""".formatted(condition))
                .params(params)
                .query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getObject("plan_id", Long.class),
                        rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("display_name"),
                        rs.getString("action"), rs.getString("outcome"), rs.getString("comment"), rs.getString("details"),
                        rs.getString("task_id"), rs.getString("subject"), rs.getObject("item_id", Long.class),
                        rs.getString("unit_code"), rs.getObject("assessment_id", Long.class)))
                .list();
    }

    private record Condition(String sql, List<Object> params) {
    }
}
