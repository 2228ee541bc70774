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
                        INSERT INTO audit_event (plan_id, at, actor, action, outcome, comment, details, task_id, item_id, subject,
                                                 unit_code, assessment_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.planId(), Timestamp.from(at), actor, event.action(), event.outcome(), event.comment(),
                        event.details(), event.taskId(), event.itemId(), event.subject(), event.unit(), event.assessmentId())
                .update();
    }

    public List<AuditEntry> timeline(long planId) {
        return events("e.plan_id = ? ORDER BY e.at, e.id", planId);
    }

    public List<AuditEntry> itemTimeline(long itemId) {
        return events("e.item_id = ? ORDER BY e.at, e.id", itemId);
    }

    /**
     * Events about units and users, newest first, one page: about one subject ({@code unit:fgw}), one kind
     * of subject ({@code unit:}) or, for null, all.
     */
    public List<AuditEntry> subjectEvents(String subject, int offset, int limit) {
        String order = " ORDER BY e.at DESC, e.id DESC OFFSET ? LIMIT ?";
        if (subject == null) {
            return events("e.subject IS NOT NULL" + order, offset, limit);
        }
        if (subject.endsWith(":")) {
            return events("e.subject LIKE ?" + order, subject.replace("%", "\\%").replace("_", "\\_") + "%", offset, limit);
        }
        return events("e.subject = ?" + order, subject, offset, limit);
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
}
