package org.planflow.notification.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.planflow.notification.Notice;
import org.planflow.notification.NoticeKind;
import org.planflow.notification.Notification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Repository
public class NotificationRepository {

    /** The current transaction's notice rows not yet written. */
    private static final Object PENDING = NotificationRepository.class.getName() + ".pending";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public NotificationRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * One row per recipient. In a transaction the rows are written together just before it commits, in one batch with
     * every other notice it sends: issuing to 1,000 units sends 1,000 notices, a round trip each when written at once.
     */
    public void insert(Notice notice, Collection<String> recipients, Instant created) {
        Timestamp at = Timestamp.from(created);
        List<Object[]> rows = recipients.stream().map(recipient -> new Object[] {recipient, notice.kind().name(), notice.title(),
                notice.body(), notice.link(), notice.taskId(), notice.planId(), at}).toList();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(rows);
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> pending = (List<Object[]>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            List<Object[]> batch = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(PENDING, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(batch);
                    batch.clear();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = batch;
        }
        pending.addAll(rows);
    }

    private void write(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO notification (recipient, kind, title, body, link, task_id, plan_id, created)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
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
