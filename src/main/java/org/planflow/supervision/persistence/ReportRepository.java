package org.planflow.supervision.persistence;

import static org.planflow.shared.database.Timestamps.instant;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planflow.plan.UnitRef;
import org.planflow.supervision.SupervisionRecords;
import org.planflow.supervision.Contribution;
import org.planflow.supervision.Evidence;
import org.planflow.supervision.ExtensionRequest;
import org.planflow.supervision.ProgressReport;
import org.planflow.supervision.ReportStatus;
import org.planflow.supervision.SupervisionNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An item's reports, contributions, extension requests and supervision notices. */
@Repository
public class ReportRepository {

    private static final String LINK = "SELECT r.id, r.item_id, r.period, r.submitted_at, r.percent, r.progress ";
    private static final String SUBMITTED_OF_ROW = """
            FROM progress_report r JOIN supervised_item i ON i.id = r.item_id
            WHERE i.plan_id = ? AND i.item_seq = ? AND r.submitted_at IS NOT NULL
              AND extract(year FROM r.period_end) = ?""";

    private final JdbcClient jdbc;

    public ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the period's report; an existing one (a reopened item reporting again) is opened again, cleared. */
    public long open(long itemId, String period, LocalDate periodEnd, Instant due) {
        return jdbc.sql("""
                        INSERT INTO progress_report (item_id, period, period_end, due) VALUES (?, ?, ?, ?)
                        ON CONFLICT (item_id, period) DO UPDATE SET due = EXCLUDED.due, submitted_at = NULL, submitted_by = NULL,
                               review = NULL, review_comment = NULL, reviewed_by = NULL, reviewed_at = NULL
                        RETURNING id""")
                .params(itemId, period, Date.valueOf(periodEnd), Timestamp.from(due)).query(Long.class).single();
    }

    public void submit(long reportId, String by, Instant at, String progress, int percent, ReportStatus status, String problems,
                       String nextSteps, boolean late, Map<String, BigDecimal> targetValues) {
        jdbc.sql("""
                        UPDATE progress_report SET submitted_by = ?, submitted_at = ?, progress = ?, percent = ?, status = ?,
                               problems = ?, next_steps = ?, late = late OR ?, review = NULL, review_comment = NULL,
                               target_values = ?::jsonb
                         WHERE id = ?""")
                .params(by, Timestamp.from(at), progress, percent, status.name(), problems, nextSteps, late,
                        TargetJson.write(targetValues), reportId).update();
    }

    public void review(long reportId, String review, String comment, String by, Instant at) {
        jdbc.sql("UPDATE progress_report SET review = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?")
                .params(review, comment, by, Timestamp.from(at), reportId).update();
    }

    public Optional<ProgressReport> find(long reportId) {
        return jdbc.sql("SELECT * FROM progress_report WHERE id = ?").param(reportId).query((rs, i) -> report(rs)).optional();
    }

    public List<ProgressReport> ofItem(long itemId) {
        return jdbc.sql("SELECT * FROM progress_report WHERE item_id = ? ORDER BY period_end, id").param(itemId)
                .query((rs, i) -> report(rs)).list();
    }

    /**
     * One page of the submitted reports with their period ending in the year, of the plan's items made from breakdown
     * row {@code seq}, by item and period.
     */
    public List<SupervisionRecords.ReportLink> submittedOfRow(long planId, int seq, int year, int offset, int limit) {
        return jdbc.sql(LINK + SUBMITTED_OF_ROW + " ORDER BY r.item_id, r.period_end, r.id OFFSET ? LIMIT ?")
                .params(planId, seq, year, offset, limit).query((rs, i) -> link(rs)).list();
    }

    public Optional<SupervisionRecords.ReportLink> submittedOfRow(long planId, int seq, int year, long reportId) {
        return jdbc.sql(LINK + SUBMITTED_OF_ROW + " AND r.id = ?").params(planId, seq, year, reportId)
                .query((rs, i) -> link(rs)).optional();
    }

    private static SupervisionRecords.ReportLink link(ResultSet rs) throws SQLException {
        return new SupervisionRecords.ReportLink(rs.getLong("id"), rs.getLong("item_id"), rs.getString("period"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getObject("percent", Integer.class), rs.getString("progress"));
    }

    public long countSubmittedOfRow(long planId, int seq, int year) {
        return jdbc.sql("SELECT count(*) " + SUBMITTED_OF_ROW).params(planId, seq, year).query(Long.class).single();
    }

    /** The latest submitted report of each item. */
    public Map<Long, ProgressReport> latest(List<Long> itemIds) {
        Map<Long, ProgressReport> latest = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (item_id) * FROM progress_report
                         WHERE item_id = ANY(?) AND submitted_at IS NOT NULL ORDER BY item_id, submitted_at DESC""")
                .param(itemIds.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong("item_id"), report(rs))).list()
                .forEach(entry -> latest.put(entry.getKey(), entry.getValue()));
        return latest;
    }

    /** Whether the item has a report past its due date and not submitted. */
    public boolean hasOverdueReport(long itemId, Instant now) {
        return jdbc.sql("SELECT count(*) FROM progress_report WHERE item_id = ? AND submitted_at IS NULL AND due < ?")
                .params(itemId, Timestamp.from(now)).query(Long.class).single() > 0;
    }

    public void addContribution(long itemId, String period, String unit, String text, String author, Instant at) {
        jdbc.sql("INSERT INTO report_contribution (item_id, period, unit_code, text, author, created) VALUES (?, ?, ?, ?, ?, ?)")
                .params(itemId, period, unit, text, author, Timestamp.from(at)).update();
    }

    public List<Contribution> contributions(long itemId) {
        return jdbc.sql("""
                        SELECT c.*, u.name FROM report_contribution c JOIN org_unit u ON u.code = c.unit_code
                         WHERE c.item_id = ? ORDER BY c.created, c.id""")
                .param(itemId)
                .query((rs, i) -> new Contribution(rs.getLong("id"), rs.getString("period"),
                        new UnitRef(rs.getString("unit_code"), rs.getString("name")), rs.getString("text"), rs.getString("author"),
                        rs.getTimestamp("created").toInstant()))
                .list();
    }

    public long requestExtension(long itemId, LocalDate requested, LocalDate previous, String reason, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO extension_request (item_id, requested_due, previous_due, reason, requested_by, requested_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(itemId, Date.valueOf(requested), Date.valueOf(previous), reason, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<ExtensionRequest> pendingExtension(long itemId) {
        return extensions(itemId).stream().filter(request -> request.decision() == null).findFirst();
    }

    public void decideExtension(long requestId, String decision, String comment, String by, Instant at) {
        jdbc.sql("UPDATE extension_request SET decision = ?, comment = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .params(decision, comment, by, Timestamp.from(at), requestId).update();
    }

    public List<ExtensionRequest> extensions(long itemId) {
        return jdbc.sql("SELECT * FROM extension_request WHERE item_id = ? ORDER BY requested_at, id").param(itemId)
                .query((rs, i) -> new ExtensionRequest(rs.getLong("id"), rs.getDate("requested_due").toLocalDate(),
                        rs.getDate("previous_due").toLocalDate(), rs.getString("reason"), rs.getString("requested_by"),
                        instant(rs.getTimestamp("requested_at")), rs.getString("decision"), rs.getString("comment"),
                        rs.getString("decided_by"), instant(rs.getTimestamp("decided_at"))))
                .list();
    }

    public long addEvidence(long itemId, String period, String fileName, String contentType, byte[] content, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO item_evidence (item_id, period, file_name, content_type, size, content, uploaded_by, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(itemId, period, fileName, contentType, content.length, content, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public List<Evidence> evidence(long itemId) {
        return jdbc.sql("""
                        SELECT id, period, file_name, content_type, size, uploaded_by, uploaded_at FROM item_evidence
                         WHERE item_id = ? ORDER BY uploaded_at, id""")
                .param(itemId)
                .query((rs, i) -> new Evidence(rs.getLong("id"), rs.getString("period"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    public Optional<byte[]> evidenceContent(long itemId, long evidenceId) {
        return jdbc.sql("SELECT content FROM item_evidence WHERE item_id = ? AND id = ?").params(itemId, evidenceId)
                .query(byte[].class).optional();
    }

    public long issueNotice(long itemId, String number, String text, Instant answerDue, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO supervision_notice (item_id, number, text, answer_due, issued_by, issued_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(itemId, number, text, Timestamp.from(answerDue), by, Timestamp.from(at)).query(Long.class).single();
    }

    public void answerNotice(long noticeId, String answer, String by, Instant at) {
        jdbc.sql("UPDATE supervision_notice SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ?")
                .params(answer, by, Timestamp.from(at), noticeId).update();
    }

    public List<SupervisionNotice> notices(long itemId) {
        return jdbc.sql("SELECT * FROM supervision_notice WHERE item_id = ? ORDER BY issued_at, id").param(itemId)
                .query((rs, i) -> notice(rs)).list();
    }

    public Optional<SupervisionNotice> notice(long noticeId) {
        return jdbc.sql("SELECT * FROM supervision_notice WHERE id = ?").param(noticeId).query((rs, i) -> notice(rs)).optional();
    }

    private static SupervisionNotice notice(ResultSet rs) throws SQLException {
        return new SupervisionNotice(rs.getLong("id"), rs.getString("number"), rs.getString("text"),
                instant(rs.getTimestamp("answer_due")), rs.getString("issued_by"), instant(rs.getTimestamp("issued_at")),
                rs.getString("answer"), rs.getString("answered_by"), instant(rs.getTimestamp("answered_at")));
    }

    private static ProgressReport report(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new ProgressReport(rs.getLong("id"), rs.getString("period"), rs.getDate("period_end").toLocalDate(),
                instant(rs.getTimestamp("due")), rs.getString("submitted_by"), instant(rs.getTimestamp("submitted_at")),
                rs.getString("progress"), rs.getObject("percent", Integer.class), status == null ? null : ReportStatus.valueOf(status),
                rs.getString("problems"), rs.getString("next_steps"), rs.getBoolean("late"), rs.getString("review"),
                rs.getString("review_comment"), rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")),
                TargetJson.values(rs.getString("target_values")));
    }
}
