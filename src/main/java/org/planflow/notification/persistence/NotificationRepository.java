package org.planflow.notification.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.planflow.notification.Notice;
import org.planflow.notification.NoticeKind;
import org.planflow.notification.Notification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NotificationRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public NotificationRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One row per recipient, in one batch. */
    public void insert(Notice notice, Collection<String> recipients, Instant created) {
        Timestamp at = Timestamp.from(created);
        template.batchUpdate("""
                        INSERT INTO notification (recipient, kind, title, body, link, task_id, plan_id, created)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                recipients.stream().map(recipient -> new Object[] {recipient, notice.kind().name(), notice.title(),
                        notice.body(), notice.link(), notice.taskId(), notice.planId(), at}).toList());
    }

    public long unreadCount(String recipient) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient = ? AND read_at IS NULL")
                .param(recipient).query(Long.class).single();
    }

    public long count(String recipient) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient = ?")
                .param(recipient).query(Long.class).single();
    }

    public List<Notification> page(String recipient, int offset, int limit) {
        return jdbc.sql("""
                        SELECT id, kind, title, body, link, created, read_at FROM notification
                         WHERE recipient = ? ORDER BY created DESC, id DESC OFFSET ? LIMIT ?""")
                .params(recipient, offset, limit)
                .query((rs, i) -> notification(rs))
                .list();
    }

    public boolean markRead(String recipient, long id, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = coalesce(read_at, ?) WHERE id = ? AND recipient = ?")
                .params(Timestamp.from(at), id, recipient)
                .update() == 1;
    }

    public int markAllRead(String recipient, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL")
                .params(Timestamp.from(at), recipient)
                .update();
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        return new Notification(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("body"), rs.getString("link"), rs.getTimestamp("created").toInstant(),
                rs.getTimestamp("read_at") != null);
    }
}
