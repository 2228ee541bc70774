package org.planflow.workpoints.persistence;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which plan holds a multi-year plan's work points of a year (work_points). */
@Repository
public class WorkPointsRepository {

    private final JdbcClient jdbc;

    public WorkPointsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the year was drawn already (the unique key holds, even for two offices at once). */
    public boolean insert(long sourcePlanId, int year, long planId) {
        return jdbc.sql("INSERT INTO work_points (source_plan_id, work_year, plan_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(sourcePlanId, year, planId).update() == 1;
    }

    /** The plans drawn for the source plan, by year. */
    public Map<Integer, Long> ofSource(long sourcePlanId) {
        return jdbc.sql("SELECT work_year, plan_id FROM work_points WHERE source_plan_id = ?").param(sourcePlanId)
                .query((rs, i) -> Map.entry(rs.getInt(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<Long> planOf(long sourcePlanId, int year) {
        return jdbc.sql("SELECT plan_id FROM work_points WHERE source_plan_id = ? AND work_year = ?").params(sourcePlanId, year)
                .query(Long.class).optional();
    }
}
