package org.planflow.audit.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.planflow.audit.AuditEntry;
import org.planflow.audit.AuditRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    public AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String actor, AuditRecord event, Instant at) {
        jdbc.sql("""
                        INSERT INTO audit_event (plan_id, at, actor, action, outcome, comment, details, task_id, item_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.planId(), Timestamp.from(at), actor, event.action(), event.outcome(), event.comment(),
                        event.details(), event.taskId(), event.itemId())
                .update();
    }

    public List<AuditEntry> timeline(long planId) {
        return events("e.plan_id", planId);
    }

    public List<AuditEntry> itemTimeline(long itemId) {
        return events("e.item_id", itemId);
    }

    private List<AuditEntry> events(String column, long id) {
        return jdbc.sql("""
                        SELECT e.id, e.plan_id, e.at, e.actor, u.display_name, e.action, e.outcome, e.comment, e.details, e.task_id
                          FROM audit_event e LEFT JOIN app_user u ON u.username = e.actor
                         WHERE %s = ? ORDER BY e.at, e.id""".formatted(column))
                .param(id)
                .query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getObject("plan_id", Long.class),
                        rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("display_name"),
                        rs.getString("action"), rs.getString("outcome"), rs.getString("comment"), rs.getString("details"),
                        rs.getString("task_id")))
                .list();
    }
}
