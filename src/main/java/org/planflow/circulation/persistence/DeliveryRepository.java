package org.planflow.circulation.persistence;

import static org.planflow.shared.database.Timestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planflow.circulation.Delivery;
import org.planflow.circulation.DeliveryStatus;
import org.planflow.plan.UnitRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DeliveryRepository {

    private static final String SELECT = """
            SELECT d.*, u.name AS unit_name, r.name AS rerouted_to_name, p.title AS plan_title, i.doc_number,
                   rb.display_name AS read_by_name, ab.display_name AS acted_by_name
              FROM delivery d
              JOIN org_unit u ON u.code = d.unit_code
              JOIN plan p ON p.id = d.plan_id
              JOIN issuance i ON i.id = d.issuance_id
              LEFT JOIN org_unit r ON r.code = d.rerouted_to_unit
              LEFT JOIN app_user rb ON rb.username = d.read_by
              LEFT JOIN app_user ab ON ab.username = d.acted_by
            """;

    private static final String PLAN_FILTER = """
            (CAST(? AS varchar) IS NULL OR d.unit_code = ?) AND (CAST(? AS varchar) IS NULL OR d.status = ?)""";

    private final JdbcClient jdbc;

    public DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One PENDING delivery per unit in a single statement; returns the new ids in the units' order. */
    public List<Long> insertAll(long issuanceId, long planId, List<String> units, Instant due, Instant now, Long reroutedFrom) {
        return jdbc.sql("""
                        INSERT INTO delivery (issuance_id, plan_id, unit_code, status, due, created, rerouted_from)
                        SELECT ?, ?, unit, 'PENDING', ?, ?, ? FROM unnest(?::varchar[]) WITH ORDINALITY AS t(unit, n) ORDER BY n
                        RETURNING id""")
                .params(issuanceId, planId, Timestamp.from(due), Timestamp.from(now), reroutedFrom, units.toArray(String[]::new))
                .query(Long.class).list();
    }

    public void setProcessInstances(List<Long> ids, List<String> processInstanceIds) {
        jdbc.sql("""
                        UPDATE delivery d SET process_instance_id = t.instance
                          FROM unnest(?::bigint[], ?::varchar[]) AS t(id, instance) WHERE d.id = t.id""")
                .params(ids.toArray(Long[]::new), processInstanceIds.toArray(String[]::new)).update();
    }

    public Optional<Delivery> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query((rs, i) -> delivery(rs)).optional();
    }

    /** The delivery with its row locked, so two answers to it run one after the other. */
    public Optional<Delivery> lock(long id) {
        jdbc.sql("SELECT id FROM delivery WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        return find(id);
    }

    public List<Delivery> ofPlan(long planId) {
        return jdbc.sql(SELECT + " WHERE d.plan_id = ? ORDER BY u.sort_order, d.id").param(planId).query((rs, i) -> delivery(rs)).list();
    }

    /** One page of the plan's deliveries, of one unit and of one status where given (null: any), in the units' order. */
    public List<Delivery> ofPlan(long planId, String unit, DeliveryStatus status, int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE d.plan_id = ? AND " + PLAN_FILTER + " ORDER BY u.sort_order, d.id OFFSET ? LIMIT ?")
                .params(planId, unit, unit, status == null ? null : status.name(), status == null ? null : status.name(), offset,
                        limit)
                .query((rs, i) -> delivery(rs)).list();
    }

    public long countOfPlan(long planId, String unit, DeliveryStatus status) {
        return jdbc.sql("SELECT count(*) FROM delivery d WHERE d.plan_id = ? AND " + PLAN_FILTER)
                .params(planId, unit, unit, status == null ? null : status.name(), status == null ? null : status.name())
                .query(Long.class).single();
    }

    /** How many of the plan's deliveries are in each status. */
    public Map<DeliveryStatus, Integer> statusCounts(long planId) {
        Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);
        jdbc.sql("SELECT status, count(*) FROM delivery WHERE plan_id = ? GROUP BY status").param(planId)
                .query(rs -> {
                    counts.put(DeliveryStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    /** The unit's latest refusal of the plan that waits for the office's decision (neither re-routed nor closed). */
    public Optional<Delivery> openRefusal(long planId, String unit) {
        return jdbc.sql(SELECT + """
                         WHERE d.plan_id = ? AND d.unit_code = ? AND d.status = 'REFUSED' AND d.rerouted_to_unit IS NULL
                           AND d.closed_comment IS NULL ORDER BY d.id DESC LIMIT 1""")
                .params(planId, unit).query((rs, i) -> delivery(rs)).optional();
    }

    /** Deliveries to a unit, newest first: unread ones ({@code read} false) or read ones. */
    public List<Delivery> ofUnit(String unit, boolean read, int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE d.unit_code = ? AND (d.read_at IS NOT NULL) = ? ORDER BY d.created DESC, d.id DESC OFFSET ? LIMIT ?")
                .params(unit, read, offset, limit).query((rs, i) -> delivery(rs)).list();
    }

    public long countOfUnit(String unit, boolean read) {
        return jdbc.sql("SELECT count(*) FROM delivery WHERE unit_code = ? AND (read_at IS NOT NULL) = ?")
                .params(unit, read).query(Long.class).single();
    }

    /** Records the first opening by a unit of each of its deliveries of the plan not read yet; returns their ids. */
    public List<Long> markRead(long planId, String unit, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE delivery SET read_by = ?, read_at = ?,
                               status = CASE WHEN status = 'PENDING' THEN 'READ' ELSE status END
                         WHERE plan_id = ? AND unit_code = ? AND read_at IS NULL RETURNING id""")
                .params(username, Timestamp.from(now), planId, unit).query(Long.class).list();
    }

    public void answer(long id, DeliveryStatus status, String username, Instant now, boolean late, String reason) {
        jdbc.sql("""
                        UPDATE delivery SET status = ?, acted_by = ?, acted_at = ?, late = late OR ?, refusal_reason = ?,
                               read_by = COALESCE(read_by, ?), read_at = COALESCE(read_at, ?)
                         WHERE id = ?""")
                .params(status.name(), username, Timestamp.from(now), late, reason, username, Timestamp.from(now), id)
                .update();
    }

    public void markOverdue(long id) {
        jdbc.sql("UPDATE delivery SET status = 'OVERDUE', late = true WHERE id = ? AND status IN ('PENDING', 'READ')").param(id).update();
    }

    public void reroutedTo(long id, String unit) {
        jdbc.sql("UPDATE delivery SET rerouted_to_unit = ? WHERE id = ?").params(unit, id).update();
    }

    public void closeRefusal(long id, String comment) {
        jdbc.sql("UPDATE delivery SET closed_comment = ? WHERE id = ?").params(comment, id).update();
    }

    public long issuanceOf(long deliveryId) {
        return jdbc.sql("SELECT issuance_id FROM delivery WHERE id = ?").param(deliveryId).query(Long.class).single();
    }

    /** Whether the plan has a delivery to the unit that is not a refusal. */
    public boolean deliveredTo(long planId, String unit) {
        return jdbc.sql("SELECT count(*) FROM delivery WHERE plan_id = ? AND unit_code = ? AND status <> 'REFUSED'")
                .params(planId, unit).query(Long.class).single() > 0;
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        String reroutedTo = rs.getString("rerouted_to_unit");
        return new Delivery(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"), rs.getString("doc_number"),
                new UnitRef(rs.getString("unit_code"), rs.getString("unit_name")),
                DeliveryStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("due")), rs.getBoolean("late"),
                instant(rs.getTimestamp("created")), rs.getString("read_by"), rs.getString("read_by_name"),
                instant(rs.getTimestamp("read_at")), rs.getString("acted_by"), rs.getString("acted_by_name"),
                instant(rs.getTimestamp("acted_at")), rs.getString("refusal_reason"),
                reroutedTo == null ? null : new UnitRef(reroutedTo, rs.getString("rerouted_to_name")),
                rs.getString("closed_comment"), rs.getObject("rerouted_from", Long.class));
    }
}
