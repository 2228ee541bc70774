package org.planflow.assessment.persistence;

import static org.planflow.shared.database.Timestamps.instant;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planflow.assessment.Assessment;
import org.planflow.assessment.AssessmentEvidence;
import org.planflow.assessment.AssessmentStatus;
import org.planflow.assessment.Criterion;
import org.planflow.assessment.Indicator;
import org.planflow.assessment.Points;
import org.planflow.assessment.ScoredIndicator;
import org.planflow.assessment.UnitSubmission;
import org.planflow.plan.UnitRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments with their indicators, criteria, responsible units, submissions, scores and evidence. */
@Repository
public class AssessmentRepository {

    private static final String SELECT = """
            SELECT a.*, p.title AS plan_title FROM assessment a JOIN plan p ON p.id = a.plan_id
            """;

    private static final String SEARCH = """
            (CAST(? AS bigint) IS NULL OR a.plan_id = ?)
            AND (CAST(? AS varchar) IS NULL OR EXISTS (SELECT 1 FROM assessment_unit u
                 WHERE u.assessment_id = a.id AND u.unit_code = ?))""";

    private final JdbcClient jdbc;

    public AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new assessment with its indicators as they stand, and every responsible unit waiting to self-assess. */
    public long insert(long planId, int year, Instant deadline, List<Indicator> indicators, boolean byMethod, String by, Instant at) {
        long id = jdbc.sql("""
                        INSERT INTO assessment (plan_id, year, status, deadline, opened_by, opened_at, by_method)
                        VALUES (?, ?, 'SELF_ASSESSING', ?, ?, ?, ?) RETURNING id""")
                .params(planId, year, Timestamp.from(deadline), by, Timestamp.from(at), byMethod).query(Long.class).single();
        for (Indicator indicator : indicators) {
            jdbc.sql("""
                            INSERT INTO assessment_indicator (assessment_id, item_seq, category, indicator, max_points, bonus, scoring_method)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, indicator.itemSeq(), indicator.category(), indicator.name(), indicator.maxPoints(), indicator.bonus(),
                            indicator.scoringMethod()).update();
            for (Criterion criterion : indicator.criteria()) {
                jdbc.sql("""
                                INSERT INTO assessment_criterion (assessment_id, item_seq, position, text, points, evidence_required)
                                VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(id, indicator.itemSeq(), criterion.index(), criterion.text(), criterion.points(),
                                criterion.evidenceRequired()).update();
            }
            List<UnitRef> units = indicator.responsibleUnits();
            for (int position = 0; position < units.size(); position++) {
                jdbc.sql("INSERT INTO assessment_responsibility (assessment_id, item_seq, position, unit_code) VALUES (?, ?, ?, ?)")
                        .params(id, indicator.itemSeq(), position, units.get(position).code()).update();
            }
        }
        jdbc.sql("""
                        INSERT INTO assessment_unit (assessment_id, unit_code, status)
                        SELECT DISTINCT ?, unit_code, 'PENDING' FROM assessment_responsibility WHERE assessment_id = ?""")
                .params(id, id).update();
        return id;
    }

    /** Whether the assessment is of the plan's assessment method, whose indicators are no supervised items. */
    public boolean byMethod(long id) {
        return jdbc.sql("SELECT by_method FROM assessment WHERE id = ?").param(id).query(Boolean.class).single();
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("UPDATE assessment SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    public Optional<Assessment> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query((rs, i) -> assessment(rs)).optional();
    }

    public Optional<Assessment> find(long planId, int year) {
        return jdbc.sql(SELECT + " WHERE a.plan_id = ? AND a.year = ?").params(planId, year).query((rs, i) -> assessment(rs)).optional();
    }

    public Optional<Assessment> findByProcess(String processInstanceId) {
        return jdbc.sql(SELECT + " WHERE a.process_instance_id = ?").param(processInstanceId).query((rs, i) -> assessment(rs)).optional();
    }

    /** The assessment with its row locked, so two changes to it run one after the other. */
    public Optional<Assessment> lock(long id) {
        jdbc.sql("SELECT id FROM assessment WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        return find(id);
    }

    /** Newest year first; of one plan, or of every plan (null), or of the plans a unit answers for (unit not null). */
    public List<Assessment> search(Long planId, String unitCode, int limit) {
        return search(planId, unitCode, 0, limit);
    }

    /** One page of the assessments of one plan (null: any) in which the unit (null: any) answers, newest year first. */
    public List<Assessment> search(Long planId, String unitCode, int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE " + SEARCH + " ORDER BY a.year DESC, a.id DESC OFFSET ? LIMIT ?")
                .params(planId, planId, unitCode, unitCode, offset, limit).query((rs, i) -> assessment(rs)).list();
    }

    public long count(Long planId, String unitCode) {
        return jdbc.sql("SELECT count(*) FROM assessment a WHERE " + SEARCH).params(planId, planId, unitCode, unitCode)
                .query(Long.class).single();
    }

    public List<ScoredIndicator> indicators(long id) {
        Map<Integer, List<UnitRef>> units = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.item_seq, r.unit_code, u.name FROM assessment_responsibility r JOIN org_unit u ON u.code = r.unit_code
                         WHERE r.assessment_id = ? ORDER BY r.item_seq, r.position""")
                .param(id).query(rs -> {
                    units.computeIfAbsent(rs.getInt("item_seq"), key -> new ArrayList<>())
                            .add(new UnitRef(rs.getString("unit_code"), rs.getString("name")));
                });
        Map<Integer, List<ScoredIndicator.CriterionScore>> criteria = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM assessment_criterion WHERE assessment_id = ? ORDER BY item_seq, position").param(id).query(rs -> {
            criteria.computeIfAbsent(rs.getInt("item_seq"), key -> new ArrayList<>()).add(new ScoredIndicator.CriterionScore(
                    new Criterion(rs.getInt("position"), rs.getString("text"), Points.of(rs.getBigDecimal("points")),
                            rs.getBoolean("evidence_required")),
                    score(rs, "self_score"), score(rs, "office_score"), rs.getString("reason")));
        });
        Map<Integer, List<AssessmentEvidence>> evidence = new LinkedHashMap<>();
        evidence(id, null).forEach(found -> evidence.computeIfAbsent(found.itemSeq(), key -> new ArrayList<>()).add(found));
        return jdbc.sql("SELECT * FROM assessment_indicator WHERE assessment_id = ? ORDER BY item_seq").param(id)
                .query((rs, i) -> {
                    int seq = rs.getInt("item_seq");
                    List<ScoredIndicator.CriterionScore> scored = criteria.getOrDefault(seq, List.of());
                    Indicator indicator = new Indicator(seq, rs.getString("category"), rs.getString("indicator"),
                            Points.of(rs.getBigDecimal("max_points")), rs.getBoolean("bonus"), rs.getString("scoring_method"),
                            scored.stream().map(ScoredIndicator.CriterionScore::criterion).toList(), units.getOrDefault(seq, List.of()));
                    return new ScoredIndicator(indicator, score(rs, "self_score"), rs.getString("explanation"),
                            score(rs, "office_score"), rs.getString("reason"), scored, evidence.getOrDefault(seq, List.of()));
                }).list();
    }

    public List<UnitSubmission> submissions(long id) {
        return jdbc.sql("""
                        SELECT s.*, u.name FROM assessment_unit s JOIN org_unit u ON u.code = s.unit_code
                         WHERE s.assessment_id = ? ORDER BY u.sort_order, s.unit_code""")
                .param(id).query((rs, i) -> new UnitSubmission(new UnitRef(rs.getString("unit_code"), rs.getString("name")),
                        UnitSubmission.State.valueOf(rs.getString("status")), rs.getString("submitted_by"), instant(rs, "submitted_at")))
                .list();
    }

    public Optional<UnitSubmission.State> submissionState(long id, String unitCode) {
        return jdbc.sql("SELECT status FROM assessment_unit WHERE assessment_id = ? AND unit_code = ?").params(id, unitCode)
                .query(String.class).optional().map(UnitSubmission.State::valueOf);
    }

    public void selfScore(long id, int seq, BigDecimal score, String explanation, Map<Integer, BigDecimal> criteria, String by, Instant at) {
        jdbc.sql("""
                        UPDATE assessment_indicator SET self_score = ?, explanation = ?, self_by = ?, self_at = ?
                         WHERE assessment_id = ? AND item_seq = ?""")
                .params(score, explanation, by, Timestamp.from(at), id, seq).update();
        jdbc.sql("UPDATE assessment_criterion SET self_score = NULL WHERE assessment_id = ? AND item_seq = ?").params(id, seq).update();
        criteria.forEach((position, value) -> jdbc.sql("""
                        UPDATE assessment_criterion SET self_score = ? WHERE assessment_id = ? AND item_seq = ? AND position = ?""")
                .params(value, id, seq, position).update());
    }

    public void submitted(long id, String unitCode, String state, String by, Instant at) {
        jdbc.sql("UPDATE assessment_unit SET status = ?, submitted_by = ?, submitted_at = ? WHERE assessment_id = ? AND unit_code = ?")
                .params(state, by, at == null ? null : Timestamp.from(at), id, unitCode).update();
    }

    /** The office's score of an indicator (null keeps the self-score) and of its criteria. */
    public void officeScore(long id, int seq, BigDecimal score, String reason, Map<Integer, BigDecimal> criteria,
                            Map<Integer, String> reasons) {
        jdbc.sql("UPDATE assessment_indicator SET office_score = ?, reason = ? WHERE assessment_id = ? AND item_seq = ?")
                .params(score, reason, id, seq).update();
        jdbc.sql("UPDATE assessment_criterion SET office_score = NULL, reason = NULL WHERE assessment_id = ? AND item_seq = ?")
                .params(id, seq).update();
        criteria.forEach((position, value) -> jdbc.sql("""
                        UPDATE assessment_criterion SET office_score = ?, reason = ? WHERE assessment_id = ? AND item_seq = ? AND position = ?""")
                .params(value, reasons.get(position), id, seq, position).update());
    }

    public void status(long id, AssessmentStatus status) {
        jdbc.sql("UPDATE assessment SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    public void scored(long id, String by, Instant at) {
        jdbc.sql("UPDATE assessment SET status = 'APPROVAL', scored_by = ?, scored_at = ? WHERE id = ?")
                .params(by, Timestamp.from(at), id).update();
    }

    public void returned(long id, String comment) {
        jdbc.sql("UPDATE assessment SET status = 'SCORING', returns = returns + 1, return_comment = ? WHERE id = ?")
                .params(comment, id).update();
    }

    public void approved(long id, String by, Instant at) {
        jdbc.sql("UPDATE assessment SET approved_by = ?, approved_at = ? WHERE id = ?").params(by, Timestamp.from(at), id).update();
    }

    public void published(long id, long bulletinId, String docNumber) {
        jdbc.sql("UPDATE assessment SET status = 'PUBLISHED', bulletin_id = ?, doc_number = ? WHERE id = ?")
                .params(bulletinId, docNumber, id).update();
    }

    public long addFile(long id, int seq, String unitCode, String fileName, String contentType, byte[] content, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO assessment_evidence (assessment_id, item_seq, unit_code, file_name, content_type, size, content, added_by, added_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(id, seq, unitCode, fileName, contentType, (long) content.length, content, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public long linkReport(long id, int seq, String unitCode, long reportId, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO assessment_evidence (assessment_id, item_seq, unit_code, report_id, added_by, added_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(id, seq, unitCode, reportId, by, Timestamp.from(at)).query(Long.class).single();
    }

    public void removeEvidence(long evidenceId) {
        jdbc.sql("DELETE FROM assessment_evidence WHERE id = ?").param(evidenceId).update();
    }

    /** Evidence of an assessment, of one indicator or all (null); a linked report is labelled with its period. */
    public List<AssessmentEvidence> evidence(long id, Integer seq) {
        return jdbc.sql("""
                        SELECT e.id, e.item_seq, e.unit_code, u.name, e.file_name, e.content_type, e.size, e.report_id,
                               r.period, e.added_by, e.added_at
                          FROM assessment_evidence e JOIN org_unit u ON u.code = e.unit_code
                          LEFT JOIN progress_report r ON r.id = e.report_id
                         WHERE e.assessment_id = ? AND (CAST(? AS int) IS NULL OR e.item_seq = ?) ORDER BY e.item_seq, e.id""")
                .params(id, seq, seq).query((rs, i) -> new AssessmentEvidence(rs.getLong("id"), rs.getInt("item_seq"),
                        new UnitRef(rs.getString("unit_code"), rs.getString("name")), rs.getString("file_name"),
                        rs.getString("content_type"), (Long) rs.getObject("size"), (Long) rs.getObject("report_id"),
                        rs.getString("period"), rs.getString("added_by"), instant(rs, "added_at")))
                .list();
    }

    public Optional<byte[]> evidenceContent(long id, long evidenceId) {
        return jdbc.sql("SELECT content FROM assessment_evidence WHERE assessment_id = ? AND id = ? AND content IS NOT NULL")
                .params(id, evidenceId).query(byte[].class).optional();
    }

    private static Assessment assessment(ResultSet rs) throws SQLException {
        return new Assessment(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"), rs.getInt("year"),
                AssessmentStatus.valueOf(rs.getString("status")), instant(rs, "deadline"), rs.getString("opened_by"),
                instant(rs, "opened_at"), rs.getInt("returns"), rs.getString("return_comment"), rs.getString("approved_by"),
                instant(rs, "approved_at"), (Long) rs.getObject("bulletin_id"), rs.getString("doc_number"),
                rs.getString("process_instance_id"));
    }

    private static BigDecimal score(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return Points.of(value);
    }
}
