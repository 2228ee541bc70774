package org.planflow.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.OrganizationService;
import org.planflow.security.RunAs;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.supervision.ReportStatus;
import org.planflow.supervision.SupervisionFields;
import org.planflow.supervision.process.TaskSupervisionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Completion throughput with 8 workers racing, ACKNOWLEDGE and REPORT_PROGRESS: PlanFlow's completion service (as the
 * unit's clerk: the lock on the inbox row, the permission check, the form, the kind's handler and records) side by side
 * with Camunda's own {@code TaskService.complete} on tasks of the same kind from the same city, in alternating rounds of
 * the same run, so both meet the same database and the same load.
 */
@Order(5)
class CompletionBenchmark extends OnTheCity {

    static final int WORKERS = 8;
    // Rounds alternate PlanFlow and the baseline, so both meet the same moments of a machine whose speed varies.
    static final int ROUNDS = 4;
    static final double TARGET_SHARE = 0.70;

    @Autowired
    TaskCompletionService completion;
    @Autowired
    TaskService taskService;
    @Autowired
    OrganizationService organization;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, List<String>> roles = new ConcurrentHashMap<>();

    @Test
    void acknowledge_and_report_progress_through_planflow_and_through_the_task_service() throws Exception {
        measure(TaskKind.ACKNOWLEDGE, 200,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.ACKNOWLEDGE.value()), Map.of(TaskKinds.VAR_OUTCOME, Outcome.ACKNOWLEDGE.value()));
        // The engine alone is given the variables the process reads, as PlanFlow's handler returns them.
        measure(TaskKind.REPORT_PROGRESS, 100,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.REPORT.value(), SupervisionFields.STATUS, ReportStatus.ON_TRACK.name(),
                        SupervisionFields.PERCENT, 50, SupervisionFields.PROGRESS, "按计划推进。", SupervisionFields.PROBLEMS, "",
                        SupervisionFields.NEXT_STEPS, "继续推进。"),
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.REPORT.value(),
                        TaskSupervisionProcess.VAR_REPORT_STATUS, ReportStatus.ON_TRACK.name()));
    }

    private void measure(TaskKind kind, int perRound, Map<String, Object> fields, Map<String, Object> variables) throws Exception {
        List<Map<String, Object>> open = jdbc.sql("""
                        SELECT task_id, unit_code FROM inbox_task WHERE kind = ? AND assignee IS NULL AND unit_code ~ '^c[0-9]{2}-'
                         ORDER BY md5(task_id) LIMIT ?""")
                .params(kind.name(), 2 * ROUNDS * perRound).query().listOfRows();
        int each = Math.min(perRound, open.size() / (2 * ROUNDS));
        double planflowTasks = 0;
        double planflowSeconds = 0;
        double engineTasks = 0;
        double engineSeconds = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int from = round * 2 * each;
            List<Map<String, Object>> mine = open.subList(from, from + each);
            List<Map<String, Object>> engine = open.subList(from + each, from + 2 * each);
            planflowSeconds += race(mine, task -> as((String) task.get("unit_code") + "-2",
                    () -> completion.complete((String) task.get("task_id"), new LinkedHashMap<>(fields))));
            planflowTasks += mine.size();
            engineSeconds += race(engine, task -> taskService.complete((String) task.get("task_id"), new LinkedHashMap<>(variables)));
            engineTasks += engine.size();
        }
        double planflow = planflowTasks / planflowSeconds;
        double baseline = engineTasks / engineSeconds;
        Figures.info("completion", kind + " via Camunda TaskService (baseline, %d workers, %.0f tasks)".formatted(WORKERS, engineTasks),
                "%.1f tasks/s".formatted(baseline));
        Figures.add("completion", kind + " via PlanFlow's completion service (%d workers, %.0f tasks)".formatted(WORKERS, planflowTasks),
                "%.1f tasks/s = %.0f %% of the baseline".formatted(planflow, 100 * planflow / baseline), ">= 70 % of baseline",
                planflow >= TARGET_SHARE * baseline);
    }

    /** The seconds 8 workers, released together, take to complete the tasks between them. */
    private double race(List<Map<String, Object>> tasks, Consumer<Map<String, Object>> complete) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        CyclicBarrier start = new CyclicBarrier(WORKERS + 1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int w = 0; w < WORKERS; w++) {
                List<Map<String, Object>> share = new ArrayList<>();
                for (int i = w; i < tasks.size(); i += WORKERS) {
                    share.add(tasks.get(i));
                }
                done.add(pool.submit(() -> {
                    start.await();
                    share.forEach(complete);
                    return null;
                }));
            }
            start.await();
            long started = System.nanoTime();
            for (Future<?> future : done) {
                future.get();
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private void as(String username, Runnable action) {
        RunAs.user(username, roles.computeIfAbsent(username, name -> List.copyOf(organization.findUser(name).orElseThrow().roles())),
                action);
    }
}
