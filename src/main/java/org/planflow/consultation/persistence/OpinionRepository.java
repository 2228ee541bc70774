package org.planflow.consultation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.planflow.consultation.ConsultationRound;
import org.planflow.consultation.Opinion;
import org.planflow.consultation.OpinionDecision;
import org.planflow.consultation.OpinionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OpinionRepository {

    private static final String SELECT = """
            SELECT o.*, u.name AS unit_name FROM opinion o JOIN org_unit u ON u.code = o.unit_code""";

    private final JdbcClient jdbc;

    public OpinionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertRound(long planId, int round, List<String> units, Instant started, Instant deadline) {
        jdbc.sql("INSERT INTO consultation_round (plan_id, round, units, started, deadline) VALUES (?, ?, ?, ?, ?)")
                .params(planId, round, units.toArray(String[]::new), Timestamp.from(started), Timestamp.from(deadline))
                .update();
    }

    public Optional<ConsultationRound> lastRound(long planId) {
        return jdbc.sql("SELECT * FROM consultation_round WHERE plan_id = ? ORDER BY round DESC LIMIT 1")
                .param(planId)
                .query((rs, i) -> new ConsultationRound(planId, rs.getInt("round"), List.of((String[]) rs.getArray("units").getArray()),
                        rs.getTimestamp("started").toInstant(), rs.getTimestamp("deadline").toInstant()))
                .optional();
    }

    public void insert(long planId, int round, String unitCode, OpinionKind kind, String section, String text, String author,
                       Instant created) {
        jdbc.sql("""
                        INSERT INTO opinion (plan_id, round, unit_code, kind, section, text, author, created)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, round, unitCode, kind.name(), section, text, author, Timestamp.from(created))
                .update();
    }

    public void decide(long opinionId, OpinionDecision decision, String reason, String by, Instant at) {
        jdbc.sql("UPDATE opinion SET decision = ?, reason = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .params(decision == null ? null : decision.name(), reason, by, Timestamp.from(at), opinionId)
                .update();
    }

    public List<Opinion> opinions(long planId) {
        return jdbc.sql(SELECT + " WHERE o.plan_id = ? ORDER BY o.round, o.id").param(planId)
                .query((rs, i) -> opinion(rs)).list();
    }

    /** One page of the plan's opinions, of one unit or (null) of all, oldest round first. */
    public List<Opinion> opinions(long planId, String unit, int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE o.plan_id = ? AND (CAST(? AS varchar) IS NULL OR o.unit_code = ?)"
                        + " ORDER BY o.round, o.id OFFSET ? LIMIT ?")
                .params(planId, unit, unit, offset, limit).query((rs, i) -> opinion(rs)).list();
    }

    public long countOpinions(long planId, String unit) {
        return jdbc.sql("SELECT count(*) FROM opinion WHERE plan_id = ? AND (CAST(? AS varchar) IS NULL OR unit_code = ?)")
                .params(planId, unit, unit).query(Long.class).single();
    }

    public List<Opinion> opinions(long planId, int round) {
        return jdbc.sql(SELECT + " WHERE o.plan_id = ? AND o.round = ? ORDER BY o.id").params(planId, round)
                .query((rs, i) -> opinion(rs)).list();
    }

    private static Opinion opinion(ResultSet rs) throws SQLException {
        String decision = rs.getString("decision");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Opinion(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("round"), rs.getString("unit_code"),
                rs.getString("unit_name"), OpinionKind.valueOf(rs.getString("kind")), rs.getString("section"),
                rs.getString("text"), rs.getString("author"), rs.getTimestamp("created").toInstant(),
                decision == null ? null : OpinionDecision.valueOf(decision), rs.getString("reason"),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant());
    }
}
