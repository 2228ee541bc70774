package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.planflow.supervision.EscalationStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code kill -9} in the middle of work, twice, and the restart on the same data: while the office issues a
 * plan to 300 units (one transaction: the number, 300 deliveries, 300 acknowledgement processes) and while the
 * escalation ladder runs over their 300 overdue tasks. Nothing may be half there afterwards, and nothing twice.
 */
class KilledMidWorkIT {

    static final int UNITS = 300;
    static final int STAFF_EVERY = 10;
    static final String PREFIX = "区政办发";
    static final String MONDAY = "2026-03-02T09:00:00+08:00";
    static final String TWO_WEEKS_LATER = "2026-03-18T09:00:00+08:00";
    /** Past the locks the killed node held on its jobs: five minutes by the engine's clock (Camunda's default). */
    static final String LATER_THAT_DAY = "2026-03-18T12:00:00+08:00";
    static final Duration CATCH_TIMEOUT = Duration.ofMinutes(3);
    static final Duration LADDER_TIMEOUT = Duration.ofMinutes(5);

    @RegisterExtension
    final AdjustableClock.OfJvms clocks = new AdjustableClock.OfJvms();
    @TempDir
    Path work;

    PlanFlowJvms jvms;
    int postgresPort;
    JdbcClient jdbc;

    @BeforeEach
    void folder() throws IOException {
        jvms = new PlanFlowJvms(work);
        postgresPort = PlanFlowJvms.freePort();
        jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres", "postgres", ""));
    }

    @AfterEach
    void stopEverything() {
        jvms.close();
    }

    @Test
    void killed_while_issuing_to_300_units_and_while_the_ladder_runs_it_restarts_with_every_delivery_task_and_step_once()
            throws Exception {
        PlanFlowJvms.Jvm first = start("first");
        TestTownships.Imported units = TestTownships.importTownships(first.api(), "rs", UNITS, STAFF_EVERY);
        long planId = TestPlans.approved(first.api(), "重启中途印发三百单位 " + System.nanoTime());
        String issueTask = first.api().taskOf("office", "ISSUE", planId);
        JsonNode countersBefore = first.api().get("/api/admin/doc-numbers", "admin").items();
        long deliveryIdsBefore = deliveryIdsTaken();

        CompletableFuture<ApiClient.Response> issuing = CompletableFuture.supplyAsync(
                () -> first.api().post("/api/tasks/" + issueTask + "/complete", "office", issueBody(units)));
        String caught = awaitIssuanceInFlight(planId, deliveryIdsBefore, issuing);
        first.kill();
        assertThat(issuing).as("the issue request was never answered").failsWithin(30, TimeUnit.SECONDS);

        PlanFlowJvms.Jvm second = start("second");
        // The issuance is one transaction: killed before its commit, none of it is there, and the clerk issues again.
        assertThat(count("SELECT count(*) FROM delivery WHERE plan_id = ?", planId)).as("deliveries after: %s", caught).isZero();
        assertThat(count("SELECT count(*) FROM issuance WHERE plan_id = ?", planId)).isZero();
        JsonNode plan = second.api().get("/api/plans/" + planId, "office").json();
        assertThat(plan.path("status").asText()).isEqualTo("APPROVED");
        assertThat(plan.path("docNumber").asText("")).isEmpty();
        assertThat(second.api().get("/api/admin/doc-numbers", "admin").items()).as("the number taken was given back").isEqualTo(countersBefore);
        assertThat(second.api().taskOf("office", "ISSUE", planId)).isEqualTo(issueTask);
        TestPlans.complete(second.api(), "office", issueTask, issueBody(units));
        Map<String, String> unitOfTask = assertIssuedWhole(planId, units.codes());
        Set<String> tasks = unitOfTask.keySet();

        clocks.moveTo(TWO_WEEKS_LATER, second);
        long stepsAtKill = awaitLadderUnderWay(tasks);
        second.kill();
        Map<Long, String> stepsBeforeRestart = ladderRows(tasks);
        long lockedByTheDead = count("SELECT count(*) FROM act_ru_job WHERE handler_type_ = 'planflow-escalation' "
                + "AND lock_owner_ IS NOT NULL AND handler_cfg_ = ANY(?)", (Object) tasks.toArray(String[]::new));
        assertThat(stepsBeforeRestart.size()).as("steps when killed").isGreaterThanOrEqualTo((int) stepsAtKill)
                .isLessThan(UNITS * EscalationStep.values().length);

        PlanFlowJvms.Jvm third = start("third");
        clocks.moveTo(LATER_THAT_DAY, third);
        awaitLadderDone(planId, tasks);

        assertThat(assertIssuedWhole(planId, units.codes())).isEqualTo(unitOfTask);
        LadderRecords.assertEveryStepOnce(jdbc, tasks);
        Map<Long, String> stepsAfter = ladderRows(tasks);
        assertThat(stepsAfter).as("the steps recorded before the kill are kept as they were").containsAllEntriesOf(stepsBeforeRestart);
        Set<String> escalatedTo = LadderRecords.supervisionOfficeAnd(jdbc, plan.path("responsibleLeader").asText());
        Map<String, Map<EscalationStep, Set<String>>> expected = new LinkedHashMap<>();
        unitOfTask.forEach((task, unit) -> {
            String staff = units.staffOf().get(unit);
            expected.put(task, LadderRecords.recipients(staff == null ? List.of() : List.of(staff), escalatedTo));
        });
        long notices = LadderRecords.assertEveryNoticeOnce(jdbc, expected);
        System.out.printf("KilledMidWorkIT: killed while issuing (%s); killed with %d of %d steps recorded and %d ladder jobs "
                        + "locked by the killed node; after 2 restarts %d deliveries, %d tasks, %d steps, %d notices, %d rows lost%n",
                caught, stepsBeforeRestart.size(), UNITS * EscalationStep.values().length, lockedByTheDead,
                count("SELECT count(*) FROM delivery WHERE plan_id = ?", planId), tasks.size(), stepsAfter.size(), notices,
                stepsBeforeRestart.keySet().stream().filter(id -> !stepsAfter.containsKey(id)).count());
    }

    /** PlanFlow on the test's data folder and PostgreSQL port, its clock set to a working Monday before anything runs on it. */
    private PlanFlowJvms.Jvm start(String name) throws IOException {
        PlanFlowJvms.Jvm jvm = jvms.start(name, "--planflow.node.name=restarting-node", "--planflow.clock.adjustable=true",
                "--planflow.database.embedded.data-dir=" + work.resolve("postgres"),
                "--planflow.database.embedded.port=" + postgresPort);
        clocks.moveTo(MONDAY, jvm);
        return jvm;
    }

    /** To each unit by code; the addressees written out, as the template would otherwise list all 300 names. */
    private static String issueBody(TestTownships.Imported units) {
        return "{\"outcome\":\"issue\",\"prefix\":\"" + PREFIX + "\",\"form\":\"印发\",\"ackWorkingDays\":3,"
                + "\"addressees\":\"各有关乡镇人民政府：\",\"recipients\":["
                + units.codes().stream().map(code -> "\"" + code + "\"").collect(Collectors.joining(",")) + "]}";
    }

    /**
     * Waits for the moment the issuance is provably half done: its 300 deliveries have taken their ids (a sequence
     * moves outside transactions, so another connection sees it), none is committed, the application holds a
     * transaction that has written, and the request has not been answered. The processes of those deliveries are
     * being started in that transaction; killing now cuts the fan-out in two. Returns what was seen.
     */
    private String awaitIssuanceInFlight(long planId, long idsBefore, CompletableFuture<ApiClient.Response> issuing) {
        long deadline = System.nanoTime() + CATCH_TIMEOUT.toNanos();
        while (true) {
            assertThat(issuing.isDone()).as("the issuance finished before it was caught half-way: %s",
                    issuing.isDone() ? issuing.join().body() : "").isFalse();
            long idsTaken = deliveryIdsTaken() - idsBefore;
            long committed = count("SELECT count(*) FROM delivery WHERE plan_id = ?", planId);
            Long openForMillis = jdbc.sql("""
                            SELECT max((extract(epoch FROM clock_timestamp() - xact_start) * 1000)::bigint) FROM pg_stat_activity
                             WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL""")
                    .query(Long.class).optional().orElse(null);
            if (idsTaken >= UNITS && committed == 0 && openForMillis != null && !issuing.isDone()) {
                return idsTaken + " delivery ids taken, 0 deliveries committed, a writing transaction open for "
                        + openForMillis + " ms, the request unanswered";
            }
            assertThat(System.nanoTime()).as("the issuance was not seen in flight within %s", CATCH_TIMEOUT).isLessThan(deadline);
            LadderSteps.sleep(20);
        }
    }

    /**
     * Waits until the ladder is well under way: a tenth of the steps recorded (several jobs committed, others
     * taken and running), the rest not.
     */
    private long awaitLadderUnderWay(Set<String> tasks) {
        long all = (long) tasks.size() * EscalationStep.values().length;
        long deadline = System.nanoTime() + CATCH_TIMEOUT.toNanos();
        while (true) {
            long steps = LadderRecords.steps(jdbc, tasks);
            assertThat(steps).as("the ladder finished before it was caught half-way").isLessThan(all);
            if (steps >= all / 10) {
                return steps;
            }
            assertThat(System.nanoTime()).as("the ladder did not get under way within %s: %d steps", CATCH_TIMEOUT, steps)
                    .isLessThan(deadline);
            LadderSteps.sleep(20);
        }
    }

    /** Until no ladder job of the tasks is left and every delivery is overdue. */
    private void awaitLadderDone(long planId, Set<String> tasks) {
        long deadline = System.nanoTime() + LADDER_TIMEOUT.toNanos();
        Object ids = tasks.toArray(String[]::new);
        while (count("SELECT count(*) FROM act_ru_job WHERE handler_type_ = 'planflow-escalation' AND handler_cfg_ = ANY(?)", ids) > 0
                || count("SELECT count(*) FROM delivery WHERE plan_id = ? AND status = 'OVERDUE'", planId) < tasks.size()) {
            assertThat(System.nanoTime()).as("the ladder had not resumed and finished within %s: %d steps", LADDER_TIMEOUT,
                    LadderRecords.steps(jdbc, tasks)).isLessThan(deadline);
            LadderSteps.sleep(500);
        }
    }

    /** One delivery, one process and one open acknowledgement task per unit; returns the tasks' units. */
    private Map<String, String> assertIssuedWhole(long planId, List<String> unitCodes) {
        assertThat(count("SELECT count(*) FROM issuance WHERE plan_id = ? AND doc_number IS NOT NULL", planId)).isEqualTo(1);
        List<String> delivered = jdbc.sql("SELECT unit_code FROM delivery WHERE plan_id = ?").param(planId).query(String.class).list();
        assertThat(delivered).hasSize(UNITS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(unitCodes);
        assertThat(count("""
                SELECT count(DISTINCT t.id_) FROM delivery d JOIN act_ru_task t ON t.proc_inst_id_ = d.process_instance_id
                 WHERE d.plan_id = ?""", planId)).as("one engine task per delivery").isEqualTo(UNITS);
        Map<String, String> unitOfTask = LadderRecords.acknowledgements(jdbc, planId);
        assertThat(unitOfTask.values()).hasSize(UNITS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(unitCodes);
        return unitOfTask;
    }

    /** The ladder's rows of the tasks by id: task, step and when. */
    private Map<Long, String> ladderRows(Set<String> tasks) {
        Map<Long, String> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT id, task_id, step, occurred_at FROM escalation_event WHERE task_id = ANY(?) AND actor IS NULL")
                .param(tasks.toArray(String[]::new))
                .query(rs -> {
                    rows.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3) + " " + rs.getTimestamp(4).toInstant());
                });
        return rows;
    }

    /** The highest delivery id handed out so far, committed or not. */
    private long deliveryIdsTaken() {
        return jdbc.sql("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM delivery_id_seq")
                .query(Long.class).single();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
