package org.planflow.plan.persistence;

import java.util.ArrayList;
import java.util.List;

import org.planflow.plan.PlanStatus;
import org.planflow.plan.PlanSummary;
import org.planflow.plan.UnitRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan list: plans as rows of the list (plan with its lead unit and drafter), found and counted by a filter. */
@Repository
public class PlanListRepository {

    private final JdbcClient jdbc;

    public PlanListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PlanSummary> search(SearchFilter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT p.id, p.title, p.plan_type, p.doc_number, p.status, p.lead_unit, u.name AS lead_unit_name, p.drafter,
                       d.display_name AS drafter_name, p.updated, p.period_start, p.period_end
                  FROM plan p JOIN org_unit u ON u.code = p.lead_unit JOIN app_user d ON d.username = p.drafter""");
        List<Object> params = filter.where(sql);
        sql.append(" ORDER BY p.updated DESC, p.id DESC OFFSET ? LIMIT ?");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, i) -> new PlanSummary(rs.getLong("id"), rs.getString("title"), rs.getString("plan_type"), rs.getString("doc_number"),
                        PlanStatus.valueOf(rs.getString("status")),
                        new UnitRef(rs.getString("lead_unit"), rs.getString("lead_unit_name")), rs.getString("drafter"),
                        rs.getString("drafter_name"), rs.getTimestamp("updated").toInstant(), PlanRepository.period(rs)))
                .list();
    }

    public long count(SearchFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM plan p");
        List<Object> params = filter.where(sql);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** The WHERE clause of a plan search; scope restrictions come first, then the optional filters. */
    public record SearchFilter(String drafter, String leadUnitScope, String text, PlanStatus status, String leadUnit,
                               String officeUnit) {

        public SearchFilter(String drafter, String leadUnitScope, String text, PlanStatus status, String leadUnit) {
            this(drafter, leadUnitScope, text, status, leadUnit, null);
        }

        List<Object> where(StringBuilder sql) {
            List<Object> params = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            if (drafter != null) {
                conditions.add("p.drafter = ?");
                params.add(drafter);
            }
            if (leadUnitScope != null) {
                conditions.add("p.lead_unit = ?");
                params.add(leadUnitScope);
            }
            if (officeUnit != null) {
                conditions.add("p.office_unit = ?");
                params.add(officeUnit);
            }
            if (text != null && !text.isBlank()) {
                conditions.add("p.title ILIKE ?");
                params.add("%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (status != null) {
                conditions.add("p.status = ?");
                params.add(status.name());
            }
            if (leadUnit != null && !leadUnit.isBlank()) {
                conditions.add("p.lead_unit = ?");
                params.add(leadUnit);
            }
            if (!conditions.isEmpty()) {
                sql.append(" WHERE ").append(String.join(" AND ", conditions));
            }
            return params;
        }
    }
}
