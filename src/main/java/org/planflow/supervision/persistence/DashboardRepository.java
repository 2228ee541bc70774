package org.planflow.supervision.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.planflow.plan.UnitRef;
import org.planflow.supervision.Dashboard;
import org.planflow.supervision.ItemStatus;
import org.planflow.supervision.Light;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's figures as a few aggregate queries over the items, their reports and their light changes. */
@Repository
public class DashboardRepository {

    /**
     * Items in scope: of one plan and/or led by one unit, when given; the item of a group (各乡镇) is not counted beside
     * the items of its units.
     */
    private static final String SCOPE = " i.lead_group IS NULL AND (CAST(? AS bigint) IS NULL OR i.plan_id = ?)"
            + " AND (CAST(? AS varchar) IS NULL OR i.lead_unit = ?) ";

    private final JdbcClient jdbc;

    public DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Light, Long> lights(Long planId, String unit) {
        Map<Light, Long> counts = new EnumMap<>(Light.class);
        for (Light light : Light.values()) {
            counts.put(light, 0L);
        }
        jdbc.sql("SELECT i.light, count(*) FROM supervised_item i WHERE" + SCOPE + "GROUP BY i.light")
                .params(planId, planId, unit, unit)
                .query((rs, n) -> Map.entry(Light.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    public Map<ItemStatus, Long> byStatus(Long planId, String unit) {
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        for (ItemStatus status : ItemStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT i.status, count(*) FROM supervised_item i WHERE" + SCOPE + "GROUP BY i.status")
                .params(planId, planId, unit, unit)
                .query((rs, n) -> Map.entry(ItemStatus.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** Each item's latest period: its report is due this period; {@code [due, in]}. */
    public long[] currentReports(Long planId, String unit) {
        return jdbc.sql("""
                        SELECT count(*), count(r.submitted_at) FROM supervised_item i
                          JOIN LATERAL (SELECT submitted_at FROM progress_report WHERE item_id = i.id ORDER BY period_end DESC, id DESC
                                         LIMIT 1) r ON true
                         WHERE""" + SCOPE)
                .params(planId, planId, unit, unit)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /**
     * Per lead unit: reports that fell due (past their due time, or already in), those in on time, and
     * the unit's red items; units with items only, in the district's order.
     */
    public List<Dashboard.UnitFigures> units(Long planId, String unit, Instant now) {
        return jdbc.sql("""
                        SELECT u.code, u.name,
                               (SELECT count(*) FROM progress_report r JOIN supervised_item i ON i.id = r.item_id
                                 WHERE i.lead_unit = u.code AND""" + SCOPE + """
                                   AND (r.due < ? OR r.submitted_at IS NOT NULL)) AS due,
                               (SELECT count(*) FROM progress_report r JOIN supervised_item i ON i.id = r.item_id
                                 WHERE i.lead_unit = u.code AND""" + SCOPE + """
                                   AND r.submitted_at IS NOT NULL AND NOT r.late) AS on_time,
                               (SELECT count(*) FROM supervised_item i
                                 WHERE i.lead_unit = u.code AND""" + SCOPE + """
                                   AND i.light = 'RED') AS overdue
                          FROM org_unit u
                         WHERE EXISTS (SELECT 1 FROM supervised_item i WHERE i.lead_unit = u.code AND""" + SCOPE + """
                        ) ORDER BY u.sort_order, u.code""")
                .params(planId, planId, unit, unit, Timestamp.from(now), planId, planId, unit, unit,
                        planId, planId, unit, unit, planId, planId, unit, unit)
                .query((rs, n) -> {
                    long due = rs.getLong("due");
                    long onTime = rs.getLong("on_time");
                    return new Dashboard.UnitFigures(new UnitRef(rs.getString("code"), rs.getString("name")), due, onTime,
                            due == 0 ? 1.0 : (double) onTime / due, rs.getLong("overdue"));
                })
                .list();
    }

    /** How many items in scope were red at each instant: the last light each had taken by then. */
    public List<Long> redAt(Long planId, String unit, List<Instant> instants) {
        List<Long> counts = new ArrayList<>();
        for (Instant at : instants) {
            counts.add(jdbc.sql("""
                            SELECT count(*) FROM supervised_item i
                             WHERE""" + SCOPE + """
                               AND (SELECT c.light FROM item_light_change c WHERE c.item_id = i.id AND c.at <= ?
                                     ORDER BY c.at DESC, c.id DESC LIMIT 1) = 'RED'""")
                    .params(planId, planId, unit, unit, Timestamp.from(at)).query(Long.class).single());
        }
        return counts;
    }
}
