package org.planflow.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 10,000 acknowledgements (ten plans issued to the city's 1,000 units, due in two working days) overtaken by a move of
 * the clock past the last step of their ladder; timed from the move until the job executor, as configured for
 * production, has recorded all four steps of every one (reminder, overdue notice, 催办, 督办) with their notices.
 * Runs last: it floods the city with notices and moves its clock (back afterwards).
 */
@Order(7)
class EscalationBenchmark extends OnTheCity {

    static final int PLANS = 10;
    static final int STEPS = 4;
    /** Bounded, so the whole command keeps its time: a ladder not done by then is reported with its rate. */
    static final Duration PATIENCE = Duration.ofMinutes(4);

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanFlowClock clock;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    ProcessEngine engine;

    @Test
    void ten_thousand_overdue_tasks_climb_the_whole_ladder() throws InterruptedException {
        CityWork work = new CityWork(context);
        List<String> units = jdbc.sql("SELECT code FROM org_unit WHERE enabled AND type IN ('TOWNSHIP', 'STREET', 'DEPARTMENT')")
                .query(String.class).list();
        String title = "城市督办测试方案 " + System.nanoTime();
        try (Workers workers = new Workers(CityWork.PREFIXES.size())) {
            workers.run(IntStream.range(0, PLANS).boxed().toList(), n -> {
                long planId = work.draft(1, title + " " + n, List.of(), new Random(n));
                work.approve(1, planId);
                work.completeOnly(CityNames.clerk(1), planId, TaskKind.ISSUE, CityWork.issueForm(planId, units, 2, FanOutBenchmark.ADDRESSEES));
            });
        }
        String ofTheseTasks = "FROM inbox_task WHERE kind = 'ACKNOWLEDGE' AND plan_title LIKE ?";
        long tasks = jdbc.sql("SELECT count(*) " + ofTheseTasks).param(title + "%").query(Long.class).single();
        Instant due = jdbc.sql("SELECT max(due) " + ofTheseTasks).param(title + "%").query(java.sql.Timestamp.class).single().toInstant();
        long otherSteps = ladderSteps();
        // Polled through the primary key from here: a scan of every step of the city twice a second took a core's tenth.
        long lastStepBefore = count("SELECT coalesce(max(id), 0) FROM escalation_event");
        long notices = count("SELECT count(*) FROM notification");

        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        JobExecutor executor = configuration.getJobExecutor();
        Figures.info("escalation", "job executor", "%d jobs per acquisition%s, %s".formatted(executor.getMaxJobsPerAcquisition(),
                configuration.isJobExecutorAcquireByDueDate() ? " by due date" : "", executor.isActive() ? "running" : "NOT RUNNING"));
        long expected = STEPS * tasks;
        Instant started = Instant.now();
        try {
            clock.moveTo(calendar.addWorkingDays(due, 5).plus(Duration.ofHours(1)));
            executor.jobWasAdded();
            long recorded;
            do {
                Thread.sleep(500);
                recorded = jdbc.sql("SELECT count(*) FROM escalation_event WHERE id > ? AND actor IS NULL AND plan_title LIKE ?")
                        .params(lastStepBefore, title + "%").query(Long.class).single();
            } while (recorded < expected && Duration.between(started, Instant.now()).compareTo(PATIENCE) < 0);
            double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
            double rate = recorded / seconds;
            Figures.add("escalation", "%,d overdue tasks, every ladder step recorded (%,d of %,d steps)".formatted(tasks, recorded, expected),
                    recorded == expected ? "%.1f s (%.0f steps/s)".formatted(seconds, rate)
                            : "NOT DONE after %.0f s: %.0f steps/s, all would take about %.0f s".formatted(seconds, rate, expected / rate),
                    "< 60 s", recorded == expected && seconds < 60);
            Figures.info("escalation", "meanwhile: other ladder steps of the city that fell due, notices sent",
                    "%,d steps, %,d notices".formatted(ladderSteps() - otherSteps - recorded, count("SELECT count(*) FROM notification") - notices));
        } finally {
            // The rest of the city's due work would keep the executor busy past the test JVM's exit; nothing after this
            // benchmark needs it.
            executor.shutdown();
            clock.reset();
        }
    }

    private long ladderSteps() {
        return count("SELECT count(*) FROM escalation_event WHERE actor IS NULL");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
