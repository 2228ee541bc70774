package org.planflow.subplan.persistence;

import static org.planflow.shared.database.Timestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.planflow.plan.UnitRef;
import org.planflow.shared.PageRequest;
import org.planflow.subplan.SubplanRequirement;
import org.planflow.subplan.SubplanStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The units' required sub-plans (sub_plan_requirement), each with its lateness as of the given time. */
@Repository
public class SubplanRepository {

    private static final String SELECT = """
            SELECT r.*, u.name AS unit_name, p.title AS sub_plan_title,
                   CASE WHEN r.status IN ('PENDING', 'RETURNED') THEN ? > r.due ELSE r.submitted_at > r.due END AS late
              FROM sub_plan_requirement r JOIN org_unit u ON u.code = r.unit_code LEFT JOIN plan p ON p.id = r.sub_plan_id""";

    private final JdbcClient jdbc;

    public SubplanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One PENDING requirement per unit, in the units' order; returns their ids in that order. */
    public List<Long> insertAll(long parentPlanId, List<String> units, Instant due, Instant now) {
        return jdbc.sql("""
                        INSERT INTO sub_plan_requirement (parent_plan_id, unit_code, status, due, created)
                        SELECT ?, unit, 'PENDING', ?, ? FROM unnest(?::varchar[]) WITH ORDINALITY AS t(unit, n) ORDER BY n
                        RETURNING id""")
                .params(parentPlanId, Timestamp.from(due), Timestamp.from(now), units.toArray(String[]::new))
                .query(Long.class).list();
    }

    public void setProcessInstances(List<Long> ids, List<String> processInstanceIds) {
        jdbc.sql("""
                        UPDATE sub_plan_requirement r SET process_instance_id = t.instance
                          FROM unnest(?::bigint[], ?::varchar[]) AS t(id, instance) WHERE r.id = t.id""")
                .params(ids.toArray(Long[]::new), processInstanceIds.toArray(String[]::new)).update();
    }

    public List<SubplanRequirement> ofPlan(long parentPlanId, Instant now, PageRequest page) {
        return jdbc.sql(SELECT + " WHERE r.parent_plan_id = ? ORDER BY u.sort_order, r.id OFFSET ? LIMIT ?")
                .params(Timestamp.from(now), parentPlanId, page.offset(), page.size())
                .query((rs, i) -> requirement(rs)).list();
    }

    public long countOfPlan(long parentPlanId) {
        return jdbc.sql("SELECT count(*) FROM sub_plan_requirement WHERE parent_plan_id = ?").param(parentPlanId)
                .query(Long.class).single();
    }

    public Optional<SubplanRequirement> ofUnit(long parentPlanId, String unitCode, Instant now) {
        return jdbc.sql(SELECT + " WHERE r.parent_plan_id = ? AND r.unit_code = ?")
                .params(Timestamp.from(now), parentPlanId, unitCode).query((rs, i) -> requirement(rs)).optional();
    }

    /** The requirement its filing process carries, its row locked so two answers to it take turns. */
    public Optional<SubplanRequirement> lockOfProcess(String processInstanceId, Instant now) {
        jdbc.sql("SELECT id FROM sub_plan_requirement WHERE process_instance_id = ? FOR UPDATE").param(processInstanceId)
                .query(Long.class).optional();
        return ofProcess(processInstanceId, now);
    }

    public Optional<SubplanRequirement> ofProcess(String processInstanceId, Instant now) {
        return jdbc.sql(SELECT + " WHERE r.process_instance_id = ?")
                .params(Timestamp.from(now), processInstanceId).query((rs, i) -> requirement(rs)).optional();
    }

    public void submit(long id, long subPlanId, String by, Instant at) {
        jdbc.sql("""
                        UPDATE sub_plan_requirement SET status = 'SUBMITTED', sub_plan_id = ?, submitted_by = ?, submitted_at = ?
                         WHERE id = ?""")
                .params(subPlanId, by, Timestamp.from(at), id).update();
    }

    public void decide(long id, SubplanStatus status, String comment, String by, Instant at) {
        jdbc.sql("UPDATE sub_plan_requirement SET status = ?, return_comment = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .params(status.name(), comment, by, Timestamp.from(at), id).update();
    }

    private static SubplanRequirement requirement(ResultSet rs) throws SQLException {
        return new SubplanRequirement(rs.getLong("id"), rs.getLong("parent_plan_id"),
                new UnitRef(rs.getString("unit_code"), rs.getString("unit_name")), SubplanStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("due")), rs.getBoolean("late"), (Long) rs.getObject("sub_plan_id"),
                rs.getString("sub_plan_title"), instant(rs.getTimestamp("submitted_at")), rs.getString("return_comment"));
    }
}
