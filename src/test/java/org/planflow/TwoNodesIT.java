package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.planflow.supervision.EscalationStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two PlanFlow nodes as JVMs of their own on one PostgreSQL, as docker/compose.yaml runs them: node-a
 * starts its embedded PostgreSQL on a port, node-b runs in server mode against it; each has its job
 * executor and its name, which the engine's job log records. Both start at once, so they also share
 * the migration and the deployment. One pair serves every check here: a start costs half a minute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    static final int TOWNSHIPS = 1000;
    static final int STAFF_EVERY = 10;
    static final int RACING_ISSUES = 6;
    static final String MONDAY = "2026-03-02T09:00:00+08:00";
    /** Past every acknowledgement's due date (Thursday 18:00) and all four steps of its ladder (five working days on). */
    static final String TWO_WEEKS_LATER = "2026-03-18T09:00:00+08:00";
    static final Duration LADDER_TIMEOUT = Duration.ofMinutes(10);
    static final String ESCALATION_JOB = "planflow-escalation";

    /** The clock is each JVM's own: a cluster's clock moves only where it is told to, so both are told. */
    @RegisterExtension
    final AdjustableClock.OfJvms clocks = new AdjustableClock.OfJvms();
    PlanFlowJvms jvms;
    PlanFlowJvms.Jvm nodeA;
    PlanFlowJvms.Jvm nodeB;
    JdbcClient jdbc;

    @BeforeAll
    void startTwoNodes(@TempDir Path work) throws IOException {
        jvms = new PlanFlowJvms(work);
        int postgresPort = PlanFlowJvms.freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres";
        nodeA = jvms.launch("node-a", "--planflow.node.name=node-a", "--planflow.clock.adjustable=true",
                "--planflow.database.embedded.data-dir=" + work.resolve("postgres"),
                "--planflow.database.embedded.port=" + postgresPort);
        nodeA.awaitLog("Embedded PostgreSQL listens on port " + postgresPort);
        nodeB = jvms.launch("node-b", "--planflow.node.name=node-b", "--planflow.clock.adjustable=true",
                "--planflow.database.mode=server", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres");
        nodeA.awaitHealthy();
        nodeB.awaitHealthy();
        jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
    }

    @AfterAll
    void stopBothNodes() {
        jvms.close();
    }

    @Test
    void a_clock_moved_on_both_nodes_over_a_thousand_due_acknowledgements_records_every_step_and_notice_once_and_both_nodes_run_the_jobs()
            throws Exception {
        clocks.moveTo(MONDAY, nodeA, nodeB);
        TestTownships.Imported townships = TestTownships.importTownships(nodeA.api(), "tn", TOWNSHIPS, STAFF_EVERY);
        long planId = TestPlans.approved(nodeA.api(), "双节点一千乡镇签收 " + System.nanoTime());
        // node-b issues what node-a approved, to the townships node-a imported: one transaction, one process per township.
        TestPlans.complete(nodeB.api(), "office", nodeB.api().taskOf("office", "ISSUE", planId),
                "{\"outcome\":\"issue\",\"prefix\":\"区政办发\",\"form\":\"印发\",\"recipients\":[\"ALL_TOWNSHIPS\"],\"ackWorkingDays\":3}");
        Map<String, String> unitOfTask = LadderRecords.acknowledgements(jdbc, planId);
        assertThat(unitOfTask).hasSize(townships(nodeA.api()));
        assertThat(unitOfTask.values()).containsAll(townships.codes()).doesNotHaveDuplicates();
        Set<String> tasks = unitOfTask.keySet();
        assertThat(LadderRecords.steps(jdbc, tasks)).as("nothing is due yet").isZero();

        Set<String> dueJobs = jobsOf(planId, tasks);
        clocks.moveTo(TWO_WEEKS_LATER, nodeA, nodeB);
        awaitLadder(planId, tasks);

        LadderRecords.assertEveryStepOnce(jdbc, tasks);
        Set<String> escalatedTo = LadderRecords.supervisionOfficeAnd(jdbc,
                nodeB.api().get("/api/plans/" + planId, "leader").json().path("responsibleLeader").asText());
        assertThat(escalatedTo).contains("supervisor", "leader");
        Map<String, Map<EscalationStep, Set<String>>> expected = new LinkedHashMap<>();
        unitOfTask.forEach((task, unit) -> {
            if (townships.staffOf().containsKey(unit)) {
                String staff = townships.staffOf().get(unit);
                expected.put(task, LadderRecords.recipients(staff == null ? List.of() : List.of(staff), escalatedTo));
            }
        });
        long notices = LadderRecords.assertEveryNoticeOnce(jdbc, expected);
        assertThat(notices).isEqualTo(townships.staffed() * 4 + (long) TOWNSHIPS * escalatedTo.size());
        assertThat(LadderRecords.repeatedNotices(jdbc, tasks)).as("the demo district's townships too: no notice twice").isZero();

        Map<String, Map<String, Long>> jobsPerNode = successfulJobsPerNode(dueJobs);
        assertThat(jobsPerNode).as("the nodes that ran the acknowledgements' jobs, by the job log").containsOnlyKeys("node-a", "node-b");
        assertThat(jobsPerNode.values()).as("each node ran ladder jobs").allMatch(jobs -> jobs.getOrDefault(ESCALATION_JOB, 0L) > 0);
        System.out.printf("TwoNodesIT: %d acknowledgements, %d ladder steps, %d notices; their jobs per node (type: successful runs) %s%n",
                tasks.size(), LadderRecords.steps(jdbc, tasks), notices, jobsPerNode);
    }

    @Test
    void clerks_issuing_at_once_on_both_nodes_get_distinct_consecutive_document_numbers() throws Exception {
        clocks.moveTo(MONDAY, nodeA, nodeB);
        List<Callable<String>> issues = new ArrayList<>();
        for (int i = 0; i < RACING_ISSUES; i++) {
            ApiClient node = (i % 2 == 0 ? nodeA : nodeB).api();
            ApiClient other = (i % 2 == 0 ? nodeB : nodeA).api();
            long planId = TestPlans.approved(other, "双节点文号 " + i + " " + System.nanoTime());
            String task = node.taskOf("office", "ISSUE", planId);
            issues.add(() -> {
                TestPlans.complete(node, "office", task,
                        "{\"outcome\":\"issue\",\"prefix\":\"区政发\",\"form\":\"印发\",\"recipients\":[\"town-1\"],\"ackWorkingDays\":5}");
                return other.get("/api/plans/" + planId, "office").json().path("docNumber").asText();
            });
        }

        TestPlans.assertConsecutive(Race.together(issues), "区政发");
    }

    private static int townships(ApiClient api) {
        for (JsonNode group : api.get("/api/circulation/recipient-groups", "office").json()) {
            if (group.path("group").asText().equals("ALL_TOWNSHIPS")) {
                return group.path("count").asInt();
            }
        }
        throw new AssertionError("No group ALL_TOWNSHIPS");
    }

    /**
     * Until every task's ladder has run to its end (no ladder job left) and every delivery's deadline timer has
     * marked it overdue; fails with how far it got.
     */
    private void awaitLadder(long planId, Set<String> tasks) {
        long deadline = System.nanoTime() + LADDER_TIMEOUT.toNanos();
        String[] ids = tasks.toArray(String[]::new);
        while (true) {
            long steps = LadderRecords.steps(jdbc, tasks);
            long jobsLeft = jdbc.sql("SELECT count(*) FROM act_ru_job WHERE handler_type_ = ? AND handler_cfg_ = ANY(?)")
                    .params(ESCALATION_JOB, ids).query(Long.class).single();
            long overdue = jdbc.sql("SELECT count(*) FROM delivery WHERE plan_id = ? AND status = 'OVERDUE'")
                    .param(planId).query(Long.class).single();
            if (jobsLeft == 0 && overdue == tasks.size()) {
                return;
            }
            assertThat(System.nanoTime()).as("after %s: %d of %d steps, %d ladder jobs left, %d of %d deliveries overdue",
                    LADDER_TIMEOUT, steps, tasks.size() * EscalationStep.values().length, jobsLeft, overdue, tasks.size())
                    .isLessThan(deadline);
            LadderSteps.sleep(1000);
        }
    }

    /**
     * The jobs the clock move will make due: each task's ladder job and each delivery's deadline timer. The job log
     * names a job by its id only (a job without a job definition logs its type, not its configuration).
     */
    private Set<String> jobsOf(long planId, Set<String> tasks) {
        Set<String> jobs = new HashSet<>(jdbc.sql("SELECT id_ FROM act_ru_job WHERE handler_type_ = ? AND handler_cfg_ = ANY(?)")
                .params(ESCALATION_JOB, tasks.toArray(String[]::new)).query(String.class).list());
        assertThat(jobs).as("one ladder job per task").hasSize(tasks.size());
        List<String> timers = jdbc.sql("""
                        SELECT j.id_ FROM act_ru_job j JOIN delivery d ON d.process_instance_id = j.process_instance_id_
                         WHERE d.plan_id = ?""").param(planId).query(String.class).list();
        assertThat(timers).as("one deadline timer per delivery").hasSize(tasks.size());
        jobs.addAll(timers);
        return jobs;
    }

    /** Each of the jobs ran successfully exactly once, by the job log; returns the successful runs per node and job type. */
    private Map<String, Map<String, Long>> successfulJobsPerNode(Set<String> jobs) {
        Map<String, Long> runsPerJob = new HashMap<>();
        Map<String, Map<String, Long>> perNode = new TreeMap<>();
        jdbc.sql("SELECT job_id_, hostname_, job_def_type_ FROM act_hi_job_log WHERE job_state_ = 2 AND job_id_ = ANY(?)")
                .param(jobs.toArray(String[]::new))
                .query(rs -> {
                    runsPerJob.merge(rs.getString(1), 1L, Long::sum);
                    perNode.computeIfAbsent(rs.getString(2), node -> new TreeMap<>()).merge(rs.getString(3), 1L, Long::sum);
                });
        assertThat(runsPerJob).as("every due job ran successfully").hasSize(jobs.size());
        assertThat(runsPerJob.values()).as("and once").containsOnly(1L);
        return perNode;
    }
}
