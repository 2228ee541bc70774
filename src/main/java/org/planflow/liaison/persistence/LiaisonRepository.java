package org.planflow.liaison.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The liaison table. A plan's rows (plan_id set) override the unit's own (plan_id null) for that plan; a named person
 * counts only while their account is enabled and still of the unit.
 */
@Repository
public class LiaisonRepository {

    private static final String STILL_OF_UNIT =
            " JOIN app_user u ON u.username = l.username AND u.unit_code = l.unit_code AND u.enabled ";

    private final JdbcClient jdbc;

    public LiaisonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's own rows and the units' own rows of these units, in each scope's order. */
    public List<LiaisonRow> ofPlan(long planId, Collection<String> units) {
        return jdbc.sql("""
                        SELECT l.unit_code, l.plan_id IS NOT NULL AS of_plan, l.username, u.display_name, l.phone FROM liaison l
                        """ + STILL_OF_UNIT + """
                         WHERE (l.plan_id = ? OR l.plan_id IS NULL) AND l.unit_code = ANY(?::varchar[])
                         ORDER BY l.unit_code, l.plan_id NULLS LAST, l.position""")
                .params(planId, units.toArray(String[]::new))
                .query((rs, i) -> new LiaisonRow(rs.getString("unit_code"), rs.getBoolean("of_plan"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("phone")))
                .list();
    }

    /** The unit's own liaisons for all its plans, in order. */
    public List<LiaisonRow> ofUnit(String unitCode) {
        return jdbc.sql("""
                        SELECT l.unit_code, l.username, u.display_name, l.phone FROM liaison l
                        """ + STILL_OF_UNIT + """
                         WHERE l.plan_id IS NULL AND l.unit_code = ? ORDER BY l.position""")
                .param(unitCode)
                .query((rs, i) -> new LiaisonRow(rs.getString("unit_code"), false, rs.getString("username"),
                        rs.getString("display_name"), rs.getString("phone")))
                .list();
    }

    /**
     * Every unit's first liaison for the plan (null: for no plan, the units' own only), in one query: the plan's own
     * naming where the unit has one, else the unit's own.
     */
    public Map<String, String> firstLiaisons(Long planId) {
        Map<String, String> first = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (l.unit_code) l.unit_code, l.username FROM liaison l
                        """ + STILL_OF_UNIT + """
                         WHERE l.plan_id = ? OR l.plan_id IS NULL
                         ORDER BY l.unit_code, l.plan_id NULLS LAST, l.position""")
                .param(planId)
                .query(rs -> {
                    first.put(rs.getString("unit_code"), rs.getString("username"));
                });
        return first;
    }

    /** Replaces the unit's liaisons in one scope (planId null: the unit's own) by these, in order; answers how many went. */
    public int replace(Long planId, String unitCode, List<NamedLiaison> liaisons, String namedBy, Instant at) {
        int removed = jdbc.sql("DELETE FROM liaison WHERE plan_id IS NOT DISTINCT FROM ? AND unit_code = ?").params(planId, unitCode)
                .update();
        int position = 0;
        for (NamedLiaison liaison : liaisons) {
            jdbc.sql("""
                            INSERT INTO liaison (plan_id, unit_code, username, phone, position, named_by, named_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(planId, unitCode, liaison.username(), liaison.phone(), position++, namedBy, Timestamp.from(at))
                    .update();
        }
        return removed;
    }

    /** A person to name, with their phone. */
    public record NamedLiaison(String username, String phone) {
    }
}
