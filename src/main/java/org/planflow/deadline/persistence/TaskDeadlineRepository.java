package org.planflow.deadline.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** ADMIN's deadline per task kind; a kind without a row keeps the configured default. */
@Repository
public class TaskDeadlineRepository {

    private final JdbcClient jdbc;

    public TaskDeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** ADMIN's setting of a kind: {@code workingDays} null means "no deadline". */
    public record Setting(String taskKind, Integer workingDays) {
    }

    public List<Setting> all() {
        return jdbc.sql("SELECT task_kind, working_days FROM task_deadline")
                .query((rs, i) -> new Setting(rs.getString(1), rs.getObject(2, Integer.class)))
                .list();
    }

    public Optional<Setting> find(String taskKind) {
        return jdbc.sql("SELECT task_kind, working_days FROM task_deadline WHERE task_kind = ?")
                .param(taskKind)
                .query((rs, i) -> new Setting(rs.getString(1), rs.getObject(2, Integer.class)))
                .optional();
    }

    public void save(String taskKind, Integer workingDays, String changedBy, Instant changedAt) {
        jdbc.sql("""
                INSERT INTO task_deadline (task_kind, working_days, changed_by, changed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (task_kind) DO UPDATE SET working_days = excluded.working_days,
                                                      changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(taskKind, workingDays, changedBy, Timestamp.from(changedAt))
                .update();
    }

    public void delete(String taskKind) {
        jdbc.sql("DELETE FROM task_deadline WHERE task_kind = ?").param(taskKind).update();
    }
}
