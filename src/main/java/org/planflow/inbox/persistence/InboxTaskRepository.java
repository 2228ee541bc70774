package org.planflow.inbox.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.planflow.inbox.DoneEntry;
import org.planflow.inbox.InboxEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InboxTaskRepository {

    private static final String COLUMNS =
            "task_id, name, kind, plan_id, plan_title, unit_code, assignee, created, due, process_instance_id";

    private final JdbcClient jdbc;

    public InboxTaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(InboxTaskRow row) {
        jdbc.sql("""
                INSERT INTO inbox_task (task_id, process_instance_id, process_key, task_key, name, kind, plan_id, plan_title,
                                        unit_code, assignee, candidate_groups, candidate_users, created, due, first_holder)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (task_id) DO NOTHING""")
                .params(row.taskId(), row.processInstanceId(), row.processKey(), row.taskKey(), row.name(), row.kind(),
                        row.planId(), row.planTitle(), row.unitCode(), row.assignee(),
                        row.candidateGroups().toArray(String[]::new), row.candidateUsers().toArray(String[]::new),
                        timestamp(row.created()), timestamp(row.due()), row.firstHolder())
                .update();
    }

    /** Refreshes what can change while a task is open: name, assignee, candidates, due date. */
    public void update(String taskId, String name, String assignee, Collection<String> candidateGroups,
                       Collection<String> candidateUsers, Instant due) {
        jdbc.sql("UPDATE inbox_task SET name = ?, assignee = ?, candidate_groups = ?, candidate_users = ?, due = ? WHERE task_id = ?")
                .params(name, assignee, candidateGroups.toArray(String[]::new), candidateUsers.toArray(String[]::new),
                        timestamp(due), taskId)
                .update();
    }

    /** Records a completed task in the done list of whoever completed it. */
    public void insertDone(String taskId, String completedBy, String outcome, Instant completed) {
        jdbc.sql("""
                INSERT INTO done_task (task_id, process_instance_id, name, kind, plan_id, plan_title, unit_code, completed_by,
                                       completed, outcome)
                SELECT task_id, process_instance_id, name, kind, plan_id, plan_title, unit_code, ?, ?, ?
                  FROM inbox_task WHERE task_id = ?
                ON CONFLICT (task_id) DO NOTHING""")
                .params(completedBy, timestamp(completed), outcome, taskId)
                .update();
    }

    /** The user's completed tasks, newest first; served by the (completed_by, completed) index. */
    public List<DoneEntry> done(String username, int offset, int limit) {
        return jdbc.sql("""
                SELECT task_id, name, kind, plan_id, plan_title, unit_code, completed, outcome FROM done_task
                 WHERE completed_by = ? ORDER BY completed DESC, task_id OFFSET ? LIMIT ?""")
                .params(username, offset, limit)
                .query((rs, i) -> new DoneEntry(rs.getString("task_id"), rs.getString("name"), rs.getString("kind"),
                        rs.getObject("plan_id", Long.class), rs.getString("plan_title"), rs.getString("unit_code"),
                        rs.getTimestamp("completed").toInstant(), rs.getString("outcome")))
                .list();
    }

    public long countDone(String username) {
        return jdbc.sql("SELECT count(*) FROM done_task WHERE completed_by = ?").param(username).query(Long.class).single();
    }

    /** Removes the open task's row; returns 0 when it was gone already. */
    public int delete(String taskId) {
        return jdbc.sql("DELETE FROM inbox_task WHERE task_id = ?").param(taskId).update();
    }

    /**
     * The tasks assigned to the user, or offered to one of the user's groups or to the user by name and held by
     * nobody or only by the person they were first given to (a unit's liaison); tasks of the first kinds first, then newest first. Served by the assignee and GIN array indexes.
     */
    public List<InboxEntry> page(String username, Collection<String> groups, String kind, Collection<String> firstKinds,
                                 int offset, int limit, Instant now) {
        Query query = visibleTo(username, groups, kind, "SELECT " + COLUMNS);
        query.sql.append(" ORDER BY kind = ANY(?::varchar[]) DESC, created DESC, task_id OFFSET ? LIMIT ?");
        query.params.add(firstKinds.toArray(String[]::new));
        query.params.add(offset);
        query.params.add(limit);
        return jdbc.sql(query.sql.toString()).params(query.params).query((rs, i) -> entry(rs, now)).list();
    }

    public long count(String username, Collection<String> groups, String kind) {
        Query query = visibleTo(username, groups, kind, "SELECT count(*)");
        return jdbc.sql(query.sql.toString()).params(query.params).query(Long.class).single();
    }

    /** The user's open tasks of one plan, oldest first. */
    public List<InboxEntry> ofPlan(long planId, String username, Collection<String> groups, Instant now) {
        Query query = visibleTo(username, groups, null, "SELECT " + COLUMNS);
        query.sql.append(" AND plan_id = ? ORDER BY created, task_id");
        query.params.add(planId);
        return jdbc.sql(query.sql.toString()).params(query.params).query((rs, i) -> entry(rs, now)).list();
    }

    public Optional<InboxEntry> findVisible(String taskId, String username, Collection<String> groups, Instant now) {
        Query query = visibleTo(username, groups, null, "SELECT " + COLUMNS);
        query.sql.append(" AND task_id = ?");
        query.params.add(taskId);
        return jdbc.sql(query.sql.toString()).params(query.params).query((rs, i) -> entry(rs, now)).optional();
    }

    public Optional<InboxEntry> find(String taskId, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inbox_task WHERE task_id = ?")
                .param(taskId)
                .query((rs, i) -> entry(rs, now))
                .optional();
    }

    /**
     * The open task with its candidates, its row locked until the transaction ends, so two claims or
     * completions of one task run one after the other and the second sees what the first did.
     */
    public Optional<LockedTask> lock(String taskId, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + ", candidate_groups, candidate_users, first_holder FROM inbox_task WHERE task_id = ? FOR UPDATE")
                .param(taskId)
                .query((rs, i) -> new LockedTask(entry(rs, now), strings(rs.getArray("candidate_groups")),
                        strings(rs.getArray("candidate_users")), rs.getString("first_holder")))
                .optional();
    }

    /** Locks the rows of every open task of the process instance, in one order so lockers never deadlock. */
    public List<String> lockOfProcessInstance(String processInstanceId) {
        return jdbc.sql("SELECT task_id FROM inbox_task WHERE process_instance_id = ? ORDER BY task_id FOR UPDATE")
                .param(processInstanceId).query(String.class).list();
    }

    /** Whether the engine's execution still exists, as committed now (not as an engine command cached it). */
    public boolean executionExists(String executionId) {
        return jdbc.sql("SELECT count(*) FROM act_ru_execution WHERE id_ = ?").param(executionId).query(Long.class).single() > 0;
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Query visibleTo(String username, Collection<String> groups, String kind, String select) {
        Query query = new Query();
        query.sql.append(select).append(" ").append("""
                FROM inbox_task
                WHERE (assignee = ? OR ((assignee IS NULL OR assignee = first_holder)
                       AND (candidate_groups && ?::varchar[] OR candidate_users @> ARRAY[?]::varchar[])))""");
        query.params.add(username);
        query.params.add(groups.toArray(String[]::new));
        query.params.add(username);
        if (kind != null) {
            query.sql.append(" AND kind = ?");
            query.params.add(kind);
        }
        return query;
    }

    private static InboxEntry entry(ResultSet rs, Instant now) throws SQLException {
        Timestamp due = rs.getTimestamp("due");
        return new InboxEntry(rs.getString("task_id"), rs.getString("name"), rs.getString("kind"),
                rs.getObject("plan_id", Long.class), rs.getString("plan_title"), rs.getString("unit_code"),
                rs.getString("assignee"), rs.getTimestamp("created").toInstant(), due == null ? null : due.toInstant(),
                due != null && due.toInstant().isBefore(now), rs.getString("process_instance_id"), null);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static final class Query {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();
    }
}
