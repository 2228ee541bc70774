package org.planflow.benchmark;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How big the city is: units plans are issued to, accounts, plans, tasks ever created and open now, and history rows
 * (the engine's ACT_HI_* tables with PlanFlow's audit trail, done list and escalation records).
 */
record CityCounts(long units, long users, long plans, long tasksCreated, long openTasks, long overdueTasks, long historyRows,
                  long notifications) {

    private static final String[] HISTORY = {"act_hi_actinst", "act_hi_procinst", "act_hi_taskinst", "act_hi_varinst",
            "act_hi_detail", "act_hi_identitylink", "act_hi_job_log", "act_hi_comment", "act_hi_op_log", "act_hi_incident",
            "audit_event", "done_task", "escalation_event"};

    static CityCounts of(JdbcClient jdbc) {
        long history = 0;
        for (String table : HISTORY) {
            history += count(jdbc, "SELECT count(*) FROM " + table);
        }
        return new CityCounts(
                count(jdbc, "SELECT count(*) FROM org_unit WHERE type IN ('TOWNSHIP', 'STREET', 'DEPARTMENT')"),
                count(jdbc, "SELECT count(*) FROM app_user"),
                count(jdbc, "SELECT count(*) FROM plan"),
                count(jdbc, "SELECT count(*) FROM act_hi_taskinst"),
                count(jdbc, "SELECT count(*) FROM inbox_task"),
                count(jdbc, "SELECT count(*) FROM inbox_task WHERE due < now()"),
                history,
                count(jdbc, "SELECT count(*) FROM notification"));
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    String describe() {
        return "%,d units, %,d users, %,d plans, %,d open tasks (%,d overdue), %,d tasks ever, %,d history rows, %,d notifications"
                .formatted(units, users, plans, openTasks, overdueTasks, tasksCreated, historyRows, notifications);
    }
}
