package org.planflow.supervision.persistence;

import static org.planflow.shared.database.Timestamps.instant;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planflow.plan.UnitRef;
import org.planflow.shared.Formats;
import org.planflow.shared.Target;
import org.planflow.supervision.ItemStatus;
import org.planflow.supervision.JointMeeting;
import org.planflow.supervision.Light;
import org.planflow.supervision.QuarterlyReview;
import org.planflow.supervision.ReportStatus;
import org.planflow.supervision.ReviewStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quarterly reviews, their joint meetings, and the figures a review's report is compiled from. */
@Repository
public class ReviewRepository {

    private static final String SELECT = """
            SELECT q.*, p.title AS plan_title FROM quarterly_review q JOIN plan p ON p.id = q.plan_id
            """;
    private static final String OFFICE =
            "(CAST(? AS varchar) IS NULL OR q.plan_id IN (SELECT o.id FROM plan o WHERE o.office_unit = ?))";

    /**
     * One item as the report tells it: its state now and its latest report submitted up to the quarter's end. A task
     * of a group (各乡镇) is told unit by unit, each unit's item in the district's order of units.
     */
    public record ItemLine(long itemId, Integer seq, String indicator, String leadUnit, LocalDate dueDate, ItemStatus status,
                           Light light, boolean overdue, String progress, Integer percent, ReportStatus reportStatus,
                           LocalDate started, List<Target> targets, Map<String, BigDecimal> targetValues) {
    }

    /** A lead unit's reports whose period ended in the given days and which were due by now. */
    public record UnitLine(String unitCode, String unitName, int due, int onTime, int late, int missing) {
    }

    private final JdbcClient jdbc;

    public ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long planId, String period, String startedBy, Instant at) {
        return jdbc.sql("""
                        INSERT INTO quarterly_review (plan_id, period, status, started_by, started_at)
                        VALUES (?, ?, 'COMPILING', ?, ?) RETURNING id""")
                .params(planId, period, startedBy, Timestamp.from(at)).query(Long.class).single();
    }

    public Optional<QuarterlyReview> find(long id) {
        return jdbc.sql(SELECT + " WHERE q.id = ?").param(id).query((rs, i) -> review(rs)).optional();
    }

    public Optional<QuarterlyReview> find(long planId, String period) {
        return jdbc.sql(SELECT + " WHERE q.plan_id = ? AND q.period = ?").params(planId, period).query((rs, i) -> review(rs))
                .optional();
    }

    public Optional<QuarterlyReview> findByProcess(String processInstanceId) {
        return jdbc.sql(SELECT + " WHERE q.process_instance_id = ?").param(processInstanceId).query((rs, i) -> review(rs)).optional();
    }

    /** The review with its row locked, so two decisions on it run one after the other. */
    public Optional<QuarterlyReview> lock(long id) {
        jdbc.sql("SELECT id FROM quarterly_review WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        return find(id);
    }

    /** Reviews of one plan or all, and of the plans whose office sits in {@code officeUnit} where given. */
    public List<QuarterlyReview> search(Long planId, String officeUnit, int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE (CAST(? AS bigint) IS NULL OR q.plan_id = ?) AND " + OFFICE
                        + " ORDER BY q.period DESC, q.id DESC OFFSET ? LIMIT ?")
                .params(planId, planId, officeUnit, officeUnit, offset, limit).query((rs, i) -> review(rs)).list();
    }

    public long count(Long planId, String officeUnit) {
        return jdbc.sql("SELECT count(*) FROM quarterly_review q WHERE (CAST(? AS bigint) IS NULL OR q.plan_id = ?) AND " + OFFICE)
                .params(planId, planId, officeUnit, officeUnit).query(Long.class).single();
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("UPDATE quarterly_review SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    public void compiled(long id, String text, Instant at) {
        jdbc.sql("UPDATE quarterly_review SET report_text = ?, compiled_at = ?, status = 'DRAFTING' WHERE id = ?")
                .params(text, Timestamp.from(at), id).update();
    }

    public void submitted(long id, String text, Integer readWorkingDays, String by, Instant at) {
        jdbc.sql("""
                        UPDATE quarterly_review SET report_text = ?, read_working_days = ?, submitted_by = ?, submitted_at = ?,
                               status = 'APPROVAL' WHERE id = ?""")
                .params(text, readWorkingDays, by, Timestamp.from(at), id).update();
    }

    public void returned(long id, String comment) {
        jdbc.sql("UPDATE quarterly_review SET returns = returns + 1, return_comment = ?, status = 'DRAFTING' WHERE id = ?")
                .params(comment, id).update();
    }

    public void approved(long id, String by, Instant at) {
        jdbc.sql("UPDATE quarterly_review SET approved_by = ?, approved_at = ? WHERE id = ?").params(by, Timestamp.from(at), id)
                .update();
    }

    public void circulated(long id, long bulletinId, String docNumber) {
        jdbc.sql("UPDATE quarterly_review SET bulletin_id = ?, doc_number = ?, status = 'CIRCULATED' WHERE id = ?")
                .params(bulletinId, docNumber, id).update();
    }

    /** Plans under supervision, with an open item created before the quarter ended, and no review of the quarter yet. */
    public List<Long> plansWithoutReview(String period, LocalDate quarterEnd) {
        return jdbc.sql("""
                        SELECT DISTINCT i.plan_id FROM supervised_item i
                         WHERE i.plan_id IS NOT NULL AND i.status <> 'CLOSED' AND i.created < ?
                           AND NOT EXISTS (SELECT 1 FROM quarterly_review q WHERE q.plan_id = i.plan_id AND q.period = ?)
                         ORDER BY i.plan_id""")
                .params(Timestamp.valueOf(quarterEnd.plusDays(1).atStartOfDay()), period).query(Long.class).list();
    }

    public List<ItemLine> itemLines(long planId, LocalDate quarterEnd) {
        return jdbc.sql("""
                        SELECT i.id, i.item_seq, i.title, COALESCE(l.name, i.lead_unit_text) AS lead_name, i.due_date, i.status,
                               i.light, i.overdue, r.progress, r.percent, r.status AS report_status, i.created, i.targets,
                               r.target_values
                          FROM supervised_item i
                          LEFT JOIN org_unit l ON l.code = i.lead_unit
                          LEFT JOIN LATERAL (SELECT progress, percent, status, target_values FROM progress_report
                                              WHERE item_id = i.id AND submitted_at IS NOT NULL AND period_end <= ?
                                              ORDER BY period_end DESC LIMIT 1) r ON true
                         WHERE i.plan_id = ? AND i.lead_group IS NULL
                         ORDER BY i.item_seq NULLS LAST, l.sort_order, i.id""")
                .params(Date.valueOf(quarterEnd), planId)
                .query((rs, i) -> new ItemLine(rs.getLong("id"), (Integer) rs.getObject("item_seq"), rs.getString("title"),
                        rs.getString("lead_name"), rs.getDate("due_date").toLocalDate(), ItemStatus.valueOf(rs.getString("status")),
                        Light.valueOf(rs.getString("light")), rs.getBoolean("overdue"), rs.getString("progress"),
                        (Integer) rs.getObject("percent"),
                        rs.getString("report_status") == null ? null : ReportStatus.valueOf(rs.getString("report_status")),
                        rs.getTimestamp("created").toInstant().atZone(Formats.DISTRICT_ZONE).toLocalDate(),
                        TargetJson.targets(rs.getString("targets")),
                        rs.getString("target_values") == null ? Map.of() : TargetJson.values(rs.getString("target_values"))))
                .list();
    }

    public List<UnitLine> unitLines(long planId, LocalDate from, LocalDate to, Instant now) {
        return jdbc.sql("""
                        SELECT i.lead_unit, l.name, count(*) AS due,
                               count(*) FILTER (WHERE r.submitted_at IS NOT NULL AND r.submitted_at <= r.due) AS on_time,
                               count(*) FILTER (WHERE r.submitted_at > r.due) AS late,
                               count(*) FILTER (WHERE r.submitted_at IS NULL) AS missing
                          FROM progress_report r
                          JOIN supervised_item i ON i.id = r.item_id
                          JOIN org_unit l ON l.code = i.lead_unit
                         WHERE i.plan_id = ? AND r.period_end BETWEEN ? AND ? AND r.due <= ?
                         GROUP BY i.lead_unit, l.name, l.sort_order ORDER BY l.sort_order, i.lead_unit""")
                .params(planId, Date.valueOf(from), Date.valueOf(to), Timestamp.from(now))
                .query((rs, i) -> new UnitLine(rs.getString("lead_unit"), rs.getString("name"), rs.getInt("due"),
                        rs.getInt("on_time"), rs.getInt("late"), rs.getInt("missing")))
                .list();
    }

    public void saveMeeting(long reviewId, LocalDate date, List<String> attendees, List<String> decisions, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO joint_meeting (review_id, meeting_date, attendees, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (review_id) DO UPDATE SET meeting_date = EXCLUDED.meeting_date, attendees = EXCLUDED.attendees,
                               recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""")
                .params(reviewId, Date.valueOf(date), attendees.toArray(String[]::new), by, Timestamp.from(at)).update();
        jdbc.sql("DELETE FROM meeting_decision WHERE review_id = ? AND position > ?").params(reviewId, decisions.size()).update();
        for (int i = 0; i < decisions.size(); i++) {
            jdbc.sql("""
                            INSERT INTO meeting_decision (review_id, position, text) VALUES (?, ?, ?)
                            ON CONFLICT (review_id, position) DO UPDATE SET text = EXCLUDED.text""")
                    .params(reviewId, i + 1, decisions.get(i)).update();
        }
    }

    public Optional<JointMeeting> meeting(long reviewId) {
        Optional<Object[]> head = jdbc.sql("SELECT meeting_date, attendees, recorded_by FROM joint_meeting WHERE review_id = ?")
                .param(reviewId)
                .query((rs, i) -> new Object[] {rs.getDate(1).toLocalDate(), (String[]) rs.getArray(2).getArray(), rs.getString(3)})
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = Arrays.asList((String[]) head.get()[1]);
        List<UnitRef> attendees = new ArrayList<>();
        if (!codes.isEmpty()) {
            attendees = jdbc.sql("""
                            SELECT u.code, u.name FROM unnest(?::varchar[]) WITH ORDINALITY AS t(code, n)
                              JOIN org_unit u ON u.code = t.code ORDER BY t.n""")
                    .param(codes.toArray(String[]::new)).query((rs, i) -> new UnitRef(rs.getString(1), rs.getString(2))).list();
        }
        List<JointMeeting.Decision> decisions = jdbc.sql(
                        "SELECT position, text, item_id FROM meeting_decision WHERE review_id = ? ORDER BY position")
                .param(reviewId)
                .query((rs, i) -> new JointMeeting.Decision(rs.getInt(1), rs.getString(2), (Long) rs.getObject(3))).list();
        return Optional.of(new JointMeeting(reviewId, (LocalDate) head.get()[0], attendees, decisions, (String) head.get()[2]));
    }

    public void setDecisionItem(long reviewId, int position, long itemId) {
        jdbc.sql("UPDATE meeting_decision SET item_id = ? WHERE review_id = ? AND position = ?").params(itemId, reviewId, position)
                .update();
    }

    private static QuarterlyReview review(ResultSet rs) throws SQLException {
        return new QuarterlyReview(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"), rs.getString("period"),
                ReviewStatus.valueOf(rs.getString("status")), rs.getString("report_text"), (Integer) rs.getObject("read_working_days"),
                rs.getInt("returns"), rs.getString("return_comment"), rs.getString("started_by"), instant(rs, "started_at"),
                rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("approved_by"), instant(rs, "approved_at"),
                (Long) rs.getObject("bulletin_id"), rs.getString("doc_number"), rs.getString("process_instance_id"));
    }
}
