package org.planflow.assessment.persistence;

import static org.planflow.shared.database.Timestamps.instant;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.planflow.assessment.AssessmentMethod;
import org.planflow.assessment.MethodIndicator;
import org.planflow.assessment.Points;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans' assessment methods: one per plan, replaced whole. */
@Repository
public class AssessmentMethodRepository {

    private final JdbcClient jdbc;

    public AssessmentMethodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AssessmentMethod> find(long planId) {
        List<MethodIndicator> indicators = jdbc.sql("""
                        SELECT category, name, points, scoring_method, bonus, responsible_units FROM assessment_method_indicator
                        WHERE plan_id = ? ORDER BY position""")
                .param(planId).query((rs, n) -> new MethodIndicator(rs.getString("category"), rs.getString("name"),
                        Points.of(rs.getBigDecimal("points")), rs.getString("scoring_method"), codes(rs.getArray("responsible_units")),
                        rs.getBoolean("bonus"))).list();
        return jdbc.sql("SELECT stated_total, set_by, set_at FROM assessment_method WHERE plan_id = ?").param(planId)
                .query((rs, n) -> new AssessmentMethod(planId, Points.of(rs.getBigDecimal("stated_total")), indicators,
                        rs.getString("set_by"), instant(rs, "set_at"))).optional();
    }

    /** The plan's method replaced by this one (the plan's row locked, so two offices' saves follow each other). */
    public void replace(long planId, List<MethodIndicator> indicators, BigDecimal statedTotal, String by, Instant at) {
        jdbc.sql("SELECT id FROM plan WHERE id = ? FOR UPDATE").param(planId).query(Long.class).single();
        jdbc.sql("DELETE FROM assessment_method_indicator WHERE plan_id = ?").param(planId).update();
        jdbc.sql("""
                        INSERT INTO assessment_method (plan_id, stated_total, set_by, set_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (plan_id) DO UPDATE SET stated_total = EXCLUDED.stated_total, set_by = EXCLUDED.set_by,
                        set_at = EXCLUDED.set_at""")
                .params(planId, statedTotal, by, Timestamp.from(at)).update();
        for (int position = 0; position < indicators.size(); position++) {
            MethodIndicator indicator = indicators.get(position);
            jdbc.sql("""
                            INSERT INTO assessment_method_indicator
                            (plan_id, position, category, name, points, scoring_method, bonus, responsible_units)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(planId, position, indicator.category(), indicator.name(), indicator.points(), indicator.scoringMethod(),
                            indicator.isBonus(), indicator.responsibleUnits().toArray(String[]::new)).update();
        }
    }

    /** Whether an assessment of the plan was opened on its method (whose indicators it took). */
    public boolean assessedBy(long planId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM assessment WHERE plan_id = ? AND by_method)").param(planId)
                .query(Boolean.class).single();
    }

    /** The plan's method removed (the plan's row locked, as for a save); false when it had none. */
    public boolean remove(long planId) {
        jdbc.sql("SELECT id FROM plan WHERE id = ? FOR UPDATE").param(planId).query(Long.class).single();
        jdbc.sql("DELETE FROM assessment_method_indicator WHERE plan_id = ?").param(planId).update();
        return jdbc.sql("DELETE FROM assessment_method WHERE plan_id = ?").param(planId).update() > 0;
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
