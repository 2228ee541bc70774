package org.planflow.supervision.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.planflow.inbox.InboxEntry;
import org.planflow.supervision.EscalationEvent;
import org.planflow.supervision.EscalationRule;
import org.planflow.supervision.EscalationStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class EscalationRepository {

    private final JdbcClient jdbc;

    public EscalationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<EscalationRule> rules() {
        return jdbc.sql("SELECT task_kind, step, offset_working_days, enabled FROM escalation_rule ORDER BY task_kind, offset_working_days")
                .query((rs, i) -> new EscalationRule(rs.getString("task_kind"), EscalationStep.valueOf(rs.getString("step")),
                        rs.getInt("offset_working_days"), rs.getBoolean("enabled")))
                .list();
    }

    public void saveRule(EscalationRule rule) {
        jdbc.sql("""
                INSERT INTO escalation_rule (task_kind, step, offset_working_days, enabled) VALUES (?, ?, ?, ?)
                ON CONFLICT (task_kind, step) DO UPDATE SET offset_working_days = excluded.offset_working_days,
                                                           enabled = excluded.enabled""")
                .params(rule.taskKind(), rule.step().name(), rule.offsetWorkingDays(), rule.enabled())
                .update();
    }

    public void deleteRules(String taskKind) {
        jdbc.sql("DELETE FROM escalation_rule WHERE task_kind = ?").param(taskKind).update();
    }

    public Set<EscalationStep> stepsReached(String taskId) {
        return jdbc.sql("SELECT step FROM escalation_event WHERE task_id = ? AND actor IS NULL")
                .param(taskId)
                .query((rs, i) -> EscalationStep.valueOf(rs.getString(1)))
                .set();
    }

    /** Records a step of the ladder; false if it was already recorded (by this node or another). */
    public boolean recordLadderStep(InboxEntry task, EscalationStep step, Instant at) {
        return jdbc.sql("""
                INSERT INTO escalation_event (task_id, process_instance_id, task_name, task_kind, plan_id, plan_title,
                                              unit_code, step, level, due, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (task_id, step) WHERE actor IS NULL DO NOTHING""")
                .params(task.id(), task.processInstanceId(), task.name(), task.kind(), task.planId(), task.planTitle(),
                        task.unit(), step.name(), step.level(), timestamp(task.due()), Timestamp.from(at))
                .update() == 1;
    }

    public void recordManualUrge(InboxEntry task, String actor, String message, Instant at) {
        jdbc.sql("""
                INSERT INTO escalation_event (task_id, process_instance_id, task_name, task_kind, plan_id, plan_title,
                                              unit_code, step, level, due, occurred_at, actor, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(task.id(), task.processInstanceId(), task.name(), task.kind(), task.planId(), task.planTitle(),
                        task.unit(), EscalationStep.URGE.name(), EscalationStep.URGE.level(), timestamp(task.due()),
                        Timestamp.from(at), actor, message)
                .update();
    }

    public List<EscalationEvent> events(String taskId) {
        return jdbc.sql("SELECT * FROM escalation_event WHERE task_id = ? ORDER BY occurred_at, id")
                .param(taskId)
                .query((rs, i) -> event(rs))
                .list();
    }

    public List<EscalationEvent> events(String taskId, int offset, int limit) {
        return jdbc.sql("SELECT * FROM escalation_event WHERE task_id = ? ORDER BY occurred_at, id OFFSET ? LIMIT ?")
                .params(taskId, offset, limit)
                .query((rs, i) -> event(rs))
                .list();
    }

    public long countEvents(String taskId) {
        return jdbc.sql("SELECT count(*) FROM escalation_event WHERE task_id = ?").param(taskId).query(Long.class).single();
    }

    /** The highest level reached per task, for a set of tasks, in one query. */
    public Map<String, Integer> levels(List<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT task_id, max(level) AS level FROM escalation_event WHERE task_id = ANY(?) GROUP BY task_id")
                .param(taskIds.toArray(String[]::new))
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Open tasks due before {@code now}, oldest due first, optionally of one unit and kind. */
    /** One page of the open tasks past due at {@code now}, most overdue first; unit and kind filter when given. */
    public List<OverdueRow> overdue(Instant now, String unit, String kind, int offset, int limit) {
        Condition condition = overdueCondition(now, unit, kind);
        List<Object> params = new ArrayList<>(condition.params());
        params.add(offset);
        params.add(limit);
        return jdbc.sql("""
                        SELECT t.task_id, t.name, t.kind, t.plan_id, t.plan_title, t.unit_code, o.name AS unit_name, t.assignee,
                               a.display_name AS assignee_name, t.due
                          FROM inbox_task t LEFT JOIN org_unit o ON o.code = t.unit_code LEFT JOIN app_user a ON a.username = t.assignee
                         WHERE %s ORDER BY t.due, t.task_id OFFSET ? LIMIT ?""".formatted(condition.sql()))
                .params(params)
                .query((rs, i) -> new OverdueRow(rs.getString("task_id"), rs.getString("name"), rs.getString("kind"),
                        rs.getObject("plan_id", Long.class), rs.getString("plan_title"), rs.getString("unit_code"),
                        rs.getString("unit_name"), rs.getString("assignee"), rs.getString("assignee_name"),
                        rs.getTimestamp("due").toInstant()))
                .list();
    }

    public long countOverdue(Instant now, String unit, String kind) {
        Condition condition = overdueCondition(now, unit, kind);
        return jdbc.sql("SELECT count(*) FROM inbox_task t WHERE " + condition.sql()).params(condition.params())
                .query(Long.class).single();
    }

    /** The kinds of the open tasks past due at {@code now}, by name. */
    public List<String> overdueKinds(Instant now) {
        return jdbc.sql("SELECT DISTINCT kind FROM inbox_task WHERE due < ? AND kind IS NOT NULL ORDER BY kind")
                .param(Timestamp.from(now)).query(String.class).list();
    }

    private static Condition overdueCondition(Instant now, String unit, String kind) {
        StringBuilder sql = new StringBuilder("t.due < ?");
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(now)));
        if (unit != null) {
            sql.append(" AND t.unit_code = ?");
            params.add(unit);
        }
        if (kind != null) {
            sql.append(" AND t.kind = ?");
            params.add(kind);
        }
        return new Condition(sql.toString(), params);
    }

    private record Condition(String sql, List<Object> params) {
    }

    private static EscalationEvent event(ResultSet rs) throws SQLException {
        Timestamp due = rs.getTimestamp("due");
        return new EscalationEvent(rs.getLong("id"), rs.getString("task_id"), rs.getString("task_name"),
                rs.getString("task_kind"), rs.getObject("plan_id", Long.class), rs.getString("plan_title"),
                rs.getString("unit_code"), EscalationStep.valueOf(rs.getString("step")),
                due == null ? null : due.toInstant(), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), rs.getString("message"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public record OverdueRow(String taskId, String name, String kind, Long planId, String planTitle, String unitCode,
                             String unitName, String assignee, String assigneeName, Instant due) {
    }
}
