package org.planflow.supervision.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.planflow.plan.LeadGroup;
import org.planflow.plan.UnitRef;
import org.planflow.supervision.ItemFilter;
import org.planflow.shared.Cadence;
import org.planflow.supervision.ItemSource;
import org.planflow.supervision.ItemStatus;
import org.planflow.supervision.Light;
import org.planflow.shared.Milestone;
import org.planflow.shared.Target;
import org.planflow.supervision.ProgressReport;
import org.planflow.supervision.SupervisedItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supervised items with their ledger rows; lists are one query each, with names and latest reports joined in. */
@Repository
public class ItemRepository {

    private static final String SELECT = """
            SELECT i.*, p.title AS plan_title, l.name AS lead_unit_name,
                   (SELECT COALESCE(max(e.level), 0) FROM escalation_event e JOIN inbox_task t ON t.task_id = e.task_id
                     WHERE t.process_instance_id = i.process_instance_id) AS escalation_level
              FROM supervised_item i
              LEFT JOIN plan p ON p.id = i.plan_id
              LEFT JOIN org_unit l ON l.code = i.lead_unit
            """;

    private final JdbcClient jdbc;
    private final ReportRepository reports;

    public ItemRepository(JdbcClient jdbc, ReportRepository reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    /** A new item; {@code leadGroup} for the item of a group, {@code parentId} for the item of one of its units. */
    public record NewItem(Long planId, Integer seq, String title, String category, ItemSource source, String sourceText,
                          String leadUnit, String leadUnitText, List<String> coopUnits, LocalDate dueDate, Cadence cadence,
                          int reportWorkingDays, String responsibleLeader, String createdBy, Instant created,
                          LeadGroup leadGroup, Long parentId, List<Target> targets, Integer reportDueDays) {
    }

    public long insert(NewItem item) {
        return jdbc.sql("""
                        INSERT INTO supervised_item (plan_id, item_seq, title, category, source, source_text, lead_unit,
                               lead_unit_text, coop_units, due_date, cadence, report_working_days, status, light,
                               responsible_leader, created_by, created, lead_group, parent_id, targets, report_due_days)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ASSIGNED', 'GREEN', ?, ?, ?, ?, ?, ?::jsonb, ?)
                        RETURNING id""")
                .params(item.planId(), item.seq(), item.title(), item.category(), item.source().name(), item.sourceText(),
                        item.leadUnit(), item.leadUnitText(), item.coopUnits().toArray(String[]::new), Date.valueOf(item.dueDate()),
                        item.cadence().name(), item.reportWorkingDays(), item.responsibleLeader(), item.createdBy(),
                        Timestamp.from(item.created()), item.leadGroup() == null ? null : item.leadGroup().name(),
                        item.parentId(), TargetJson.write(item.targets()), item.reportDueDays())
                .query(Long.class).single();
    }

    /** The item's numeric targets, replaced as a whole. */
    public void setTargets(long id, List<Target> targets) {
        jdbc.sql("UPDATE supervised_item SET targets = ?::jsonb WHERE id = ?").params(TargetJson.write(targets), id).update();
    }

    /** How often the item reports and the calendar days after a period's end its report is due (null: working days). */
    public void setCadence(long id, Cadence cadence, Integer reportDueDays) {
        jdbc.sql("UPDATE supervised_item SET cadence = ?, report_due_days = ? WHERE id = ?")
                .params(cadence.name(), reportDueDays, id).update();
    }

    /**
     * The item of a group takes its children's state: their worst light, overdue when one is, the latest due date,
     * CLOSED when all are (then closed when the last was), else ASSIGNED while none has begun, DONE_PENDING while
     * the open ones wait for closure, IN_PROGRESS otherwise. Called with a child whenever its state changes.
     */
    private void rollUp(long childId) {
        jdbc.sql("""
                        UPDATE supervised_item p
                           SET light = c.light, overdue = c.overdue, due_date = c.due_date, status = c.status,
                               closed_at = c.closed_at
                          FROM (SELECT parent_id,
                                       CASE max(CASE light WHEN 'RED' THEN 2 WHEN 'YELLOW' THEN 1 ELSE 0 END)
                                            WHEN 2 THEN 'RED' WHEN 1 THEN 'YELLOW' ELSE 'GREEN' END AS light,
                                       bool_or(overdue) AS overdue, max(due_date) AS due_date,
                                       CASE WHEN bool_and(status = 'CLOSED') THEN 'CLOSED'
                                            WHEN bool_and(status = 'ASSIGNED') THEN 'ASSIGNED'
                                            WHEN bool_and(status IN ('DONE_PENDING', 'CLOSED')) THEN 'DONE_PENDING'
                                            ELSE 'IN_PROGRESS' END AS status,
                                       CASE WHEN bool_and(status = 'CLOSED') THEN max(closed_at) END AS closed_at
                                  FROM supervised_item
                                 WHERE parent_id = (SELECT parent_id FROM supervised_item WHERE id = ?)
                                 GROUP BY parent_id) c
                         WHERE p.id = c.parent_id""")
                .param(childId).update();
    }

    public void setResponsibleLeaderOfPlan(long planId, String leader) {
        jdbc.sql("UPDATE supervised_item SET responsible_leader = ? WHERE plan_id = ? AND source = 'PLAN' AND status <> 'CLOSED'")
                .params(leader, planId)
                .update();
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("UPDATE supervised_item SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    /** The children of the item of a group, in the district's order of their units. */
    public List<SupervisedItem> children(long parentId) {
        return list(jdbc.sql(SELECT + " WHERE i.parent_id = ? ORDER BY l.sort_order, i.lead_unit, i.id").param(parentId));
    }

    public void setLeadUnit(long id, String unit) {
        jdbc.sql("UPDATE supervised_item SET lead_unit = ? WHERE id = ?").params(unit, id).update();
    }

    /** The work-ledger row: measures, milestones and the responsible person; the item is then in progress. */
    public void setLedger(long id, String measures, List<Milestone> milestones, String responsible) {
        jdbc.sql("UPDATE supervised_item SET measures = ?, responsible = ?, status = 'IN_PROGRESS' WHERE id = ?")
                .params(measures, responsible, id).update();
        rollUp(id);
        jdbc.sql("DELETE FROM item_milestone WHERE item_id = ?").param(id).update();
        for (int i = 0; i < milestones.size(); i++) {
            jdbc.sql("INSERT INTO item_milestone (item_id, position, text, due) VALUES (?, ?, ?, ?)")
                    .params(id, i + 1, milestones.get(i).text(), Date.valueOf(milestones.get(i).due())).update();
        }
    }

    public void setStatus(long id, ItemStatus status, Instant closedAt) {
        jdbc.sql("UPDATE supervised_item SET status = ?, closed_at = ? WHERE id = ?")
                .params(status.name(), closedAt == null ? null : Timestamp.from(closedAt), id).update();
        rollUp(id);
    }

    public void setDueDate(long id, LocalDate due) {
        jdbc.sql("UPDATE supervised_item SET due_date = ?, overdue = false WHERE id = ?").params(Date.valueOf(due), id).update();
        rollUp(id);
    }

    public void setOverdue(long id) {
        jdbc.sql("UPDATE supervised_item SET overdue = true WHERE id = ?").param(id).update();
        rollUp(id);
    }

    /** Stores a new light, and the change with its time, for the dashboard's trend. */
    public void setLight(long id, Light light, Instant at) {
        if (jdbc.sql("UPDATE supervised_item SET light = ? WHERE id = ? AND light <> ?").params(light.name(), id, light.name())
                .update() > 0) {
            recordLight(id, light, at);
            rollUp(id);
        }
    }

    public void recordLight(long id, Light light, Instant at) {
        jdbc.sql("INSERT INTO item_light_change (item_id, light, at) VALUES (?, ?, ?)").params(id, light.name(), Timestamp.from(at))
                .update();
    }

    /** Locks the item's row, so decisions on one item run one after the other. */
    public Optional<SupervisedItem> lock(long id) {
        jdbc.sql("SELECT id FROM supervised_item WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        return find(id);
    }

    public Optional<SupervisedItem> find(long id) {
        return list(jdbc.sql(SELECT + " WHERE i.id = ?").param(id)).stream().findFirst();
    }

    public Optional<SupervisedItem> ofProcess(String processInstanceId) {
        return list(jdbc.sql(SELECT + " WHERE i.process_instance_id = ?").param(processInstanceId)).stream().findFirst();
    }

    /** The responsible leader (分管领导) of the item a process supervises, where it names one. */
    public Optional<String> responsibleLeaderOfProcess(String processInstanceId) {
        return jdbc.sql("""
                        SELECT responsible_leader FROM supervised_item
                         WHERE process_instance_id = ? AND responsible_leader IS NOT NULL LIMIT 1""")
                .param(processInstanceId).query(String.class).optional();
    }

    public List<SupervisedItem> ofPlan(long planId) {
        return list(jdbc.sql(SELECT + " WHERE i.plan_id = ? ORDER BY i.item_seq, i.id").param(planId));
    }

    /** One page of the plan's items, in its breakdown table's order. */
    public List<SupervisedItem> ofPlan(long planId, int offset, int limit) {
        return list(jdbc.sql(SELECT + " WHERE i.plan_id = ? ORDER BY i.item_seq, i.id OFFSET ? LIMIT ?").params(planId, offset, limit));
    }

    public long countOfPlan(long planId) {
        return jdbc.sql("SELECT count(*) FROM supervised_item WHERE plan_id = ?").param(planId).query(Long.class).single();
    }

    /** Whether the unit leads or cooperates on any of the plan's items. */
    public boolean worksOnPlan(long planId, String unit) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM supervised_item
                                        WHERE plan_id = ? AND (lead_unit = ? OR coop_units @> ARRAY[?]::varchar[]))""")
                .params(planId, unit, unit).query(Boolean.class).single();
    }

    /**
     * One page of the items matching the filters (null for any), red first, then by due date; {@code unit} matches lead
     * or cooperating units, {@code role} narrows it. Items of groups are left out: their units' items are listed, as the
     * dashboard counts them.
     */
    public List<SupervisedItem> search(ItemFilter filter, int offset, int limit) {
        Condition condition = condition(filter);
        List<Object> params = new ArrayList<>(condition.params());
        params.add(offset);
        params.add(limit);
        return list(jdbc.sql(SELECT + " WHERE " + condition.sql()
                + " ORDER BY CASE i.light WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 ELSE 2 END, i.due_date, i.id OFFSET ? LIMIT ?")
                .params(params));
    }

    public long count(ItemFilter filter) {
        Condition condition = condition(filter);
        return jdbc.sql("SELECT count(*) FROM supervised_item i WHERE " + condition.sql()).params(condition.params())
                .query(Long.class).single();
    }

    private static Condition condition(ItemFilter filter) {
        StringBuilder sql = new StringBuilder("i.lead_group IS NULL");
        List<Object> params = new ArrayList<>();
        if (filter.planId() != null) {
            sql.append(" AND i.plan_id = ?");
            params.add(filter.planId());
        }
        if (filter.unit() != null) {
            switch (filter.role()) {
                case LEAD -> sql.append(" AND i.lead_unit = ?");
                case COOPERATING -> sql.append(" AND i.coop_units @> ARRAY[?]::varchar[]");
                case ANY -> {
                    sql.append(" AND (i.lead_unit = ? OR i.coop_units @> ARRAY[?]::varchar[])");
                    params.add(filter.unit());
                }
            }
            params.add(filter.unit());
        }
        if (filter.light() != null) {
            sql.append(" AND i.light = ?");
            params.add(filter.light().name());
        }
        if (filter.status() != null) {
            sql.append(" AND i.status = ?");
            params.add(filter.status().name());
        }
        if (filter.report() != null) {
            // The item's latest period is the one its report is due in, as the dashboard counts it.
            sql.append(" AND EXISTS (SELECT 1 FROM (SELECT submitted_at FROM progress_report WHERE item_id = i.id")
                    .append(" ORDER BY period_end DESC, id DESC LIMIT 1) r WHERE ").append(switch (filter.report()) {
                        case DUE -> "true";
                        case IN -> "r.submitted_at IS NOT NULL";
                        case MISSING -> "r.submitted_at IS NULL";
                    }).append(')');
        }
        return new Condition(sql.toString(), params);
    }

    private record Condition(String sql, List<Object> params) {
    }

    /** The items with numeric targets, of one plan and/or led by one unit when given, as the dashboard counts items. */
    public List<SupervisedItem> withTargets(Long planId, String unit) {
        return list(jdbc.sql(SELECT + """
                         WHERE i.lead_group IS NULL AND i.targets <> '[]'::jsonb
                           AND (CAST(? AS bigint) IS NULL OR i.plan_id = ?) AND (CAST(? AS varchar) IS NULL OR i.lead_unit = ?)
                         ORDER BY i.id""").params(planId, planId, unit, unit));
    }

    /** Open items, for refreshing their lights as days pass; the item of a group takes its light from its children. */
    public List<Long> openIds() {
        return jdbc.sql("SELECT id FROM supervised_item WHERE status <> 'CLOSED' AND lead_group IS NULL").query(Long.class).list();
    }

    public long countOpenOfPlan(long planId) {
        return jdbc.sql("SELECT count(*) FROM supervised_item WHERE plan_id = ? AND status <> 'CLOSED'").param(planId)
                .query(Long.class).single();
    }

    private List<SupervisedItem> list(JdbcClient.StatementSpec statement) {
        List<Row> rows = statement.query((rs, i) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> row.id).toList();
        Map<String, String> unitNames = jdbc.sql("SELECT code, name FROM org_unit").query((rs, i) -> Map.entry(rs.getString(1),
                rs.getString(2))).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, List<Milestone>> milestones = new HashMap<>();
        jdbc.sql("SELECT item_id, text, due FROM item_milestone WHERE item_id = ANY(?) ORDER BY item_id, position")
                .param(ids.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), new Milestone(rs.getString(2), rs.getDate(3).toLocalDate())))
                .list().forEach(entry -> milestones.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        Map<Long, ProgressReport> latest = reports.latest(ids);
        Map<Long, List<Long>> children = new HashMap<>();
        Map<Long, Integer> closed = new HashMap<>();
        List<Long> groups = rows.stream().filter(row -> row.leadGroup != null).map(row -> row.id).toList();
        if (!groups.isEmpty()) {
            jdbc.sql("""
                            SELECT c.parent_id, c.id, c.status FROM supervised_item c LEFT JOIN org_unit u ON u.code = c.lead_unit
                             WHERE c.parent_id = ANY(?) ORDER BY c.parent_id, u.sort_order, c.lead_unit, c.id""")
                    .param(groups.toArray(Long[]::new))
                    .query((rs, i) -> new Child(rs.getLong(1), rs.getLong(2), ItemStatus.valueOf(rs.getString(3)))).list()
                    .forEach(child -> {
                        children.computeIfAbsent(child.parentId(), key -> new ArrayList<>()).add(child.id());
                        closed.merge(child.parentId(), child.status() == ItemStatus.CLOSED ? 1 : 0, Integer::sum);
                    });
        }
        return rows.stream().map(row -> row.item(unitNames, milestones.getOrDefault(row.id, List.of()), latest.get(row.id),
                children.getOrDefault(row.id, List.of()), closed.getOrDefault(row.id, 0))).toList();
    }

    private record Child(long parentId, long id, ItemStatus status) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getObject("plan_id", Long.class), rs.getString("plan_title"),
                rs.getObject("item_seq", Integer.class), rs.getString("title"), rs.getString("category"),
                ItemSource.valueOf(rs.getString("source")), rs.getString("source_text"), rs.getString("lead_unit"),
                rs.getString("lead_unit_name"), rs.getString("lead_unit_text"),
                List.of((String[]) rs.getArray("coop_units").getArray()), rs.getDate("due_date").toLocalDate(),
                Cadence.valueOf(rs.getString("cadence")), rs.getInt("report_working_days"),
                ItemStatus.valueOf(rs.getString("status")), Light.valueOf(rs.getString("light")), rs.getBoolean("overdue"),
                rs.getString("measures"), rs.getString("responsible"), rs.getString("responsible_leader"),
                rs.getInt("escalation_level"), rs.getTimestamp("created").toInstant(), rs.getString("process_instance_id"),
                rs.getString("lead_group") == null ? null : LeadGroup.valueOf(rs.getString("lead_group")),
                rs.getObject("parent_id", Long.class), TargetJson.targets(rs.getString("targets")),
                rs.getObject("report_due_days", Integer.class));
    }

    private record Row(long id, Long planId, String planTitle, Integer seq, String title, String category, ItemSource source,
                       String sourceText, String leadUnit, String leadUnitName, String leadUnitText, List<String> coopUnits,
                       LocalDate dueDate, Cadence cadence, int reportWorkingDays, ItemStatus status, Light light,
                       boolean overdue, String measures, String responsible, String responsibleLeader, int escalationLevel,
                       Instant created, String processInstanceId, LeadGroup leadGroup, Long parentId, List<Target> targets,
                       Integer reportDueDays) {

        SupervisedItem item(Map<String, String> unitNames, List<Milestone> milestones, ProgressReport latestReport,
                            List<Long> children, int childrenClosed) {
            UnitRef lead = leadUnit != null ? new UnitRef(leadUnit, leadUnitName)
                    : leadUnitText == null ? null : UnitRef.unmatched(leadUnitText);
            List<UnitRef> coop = coopUnits.stream().map(code -> new UnitRef(code, unitNames.getOrDefault(code, code))).toList();
            return new SupervisedItem(id, planId, planTitle, seq, title, category, source, sourceText, lead, coop, dueDate,
                    cadence, reportWorkingDays, status, light, overdue, measures, milestones, responsible, responsibleLeader,
                    latestReport, escalationLevel, created, processInstanceId, leadGroup, parentId, children, childrenClosed,
                    targets, reportDueDays);
        }
    }
}
