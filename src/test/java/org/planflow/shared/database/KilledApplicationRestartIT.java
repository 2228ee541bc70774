package org.planflow.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planflow.ApiClient;
import org.planflow.PlanFlowJvms;
import org.planflow.TestPlans;

/**
 * A developer's {@code kill -9} of a running PlanFlow and the next start on the same data folder. The
 * application runs as a JVM of its own, as {@code mvn spring-boot:run} starts it; its PostgreSQL outlives
 * it, and the next start must stop that orphan and find every plan and task committed before the kill.
 */
class KilledApplicationRestartIT {

    private static final List<String> PEOPLE = List.of("drafter", "reviewer", "leader");

    @TempDir
    Path work;

    private PlanFlowJvms jvms;

    @BeforeEach
    void jvms() {
        jvms = new PlanFlowJvms(work);
    }

    @AfterEach
    void stopEverything() {
        jvms.close();
    }

    @Test
    void after_a_kill_9_the_next_start_stops_the_orphaned_postgres_and_finds_every_committed_plan_and_task() throws Exception {
        Path dataDir = work.resolve("postgres");
        PlanFlowJvms.Jvm killed = jvms.start("first", "--planflow.database.embedded.data-dir=" + dataDir,
                "--camunda.bpm.job-execution.enabled=false");
        ApiClient before = killed.api();
        long inApproval = TestPlans.draft(before, "重启前已送审的方案");
        TestPlans.complete(before, "drafter", before.taskOf("drafter", "DRAFT", inApproval),
                "{\"outcome\":\"submit\",\"approvers\":[\"leader\"]}");
        TestPlans.complete(before, "reviewer", before.taskOf("reviewer", "DEPT_REVIEW", inApproval), "{\"outcome\":\"pass\"}");
        long drafting = TestPlans.draft(before, "重启前的草稿");
        Map<String, String> committed = snapshot(before);

        killed.kill();
        long orphan = Long.parseLong(Files.readAllLines(dataDir.resolve(OrphanedPostgres.PID_FILE)).get(0).strip());
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
                .as("the killed application's PostgreSQL outlives it").isPresent();

        PlanFlowJvms.Jvm restarted = jvms.start("second", "--planflow.database.embedded.data-dir=" + dataDir,
                "--camunda.bpm.job-execution.enabled=false");
        ApiClient after = restarted.api();
        assertThat(restarted.log())
                .contains("Found an orphaned PostgreSQL (PID " + orphan + ") on " + dataDir)
                .contains("Stopped the orphaned PostgreSQL (PID " + orphan + ")");
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();

        assertThat(snapshot(after)).isEqualTo(committed);
        assertThat(after.get("/api/plans/" + drafting, "drafter").json().path("status").asText()).isEqualTo("DRAFTING");
        assertThat(after.get("/api/plans/" + inApproval, "drafter").json().path("status").asText()).isEqualTo("IN_APPROVAL");
        TestPlans.complete(after, "leader", after.taskOf("leader", "LEADER_APPROVAL", inApproval), "{\"outcome\":\"approve\"}");
        assertThat(after.get("/api/plans/" + inApproval, "drafter").json().path("status").asText()).isEqualTo("APPROVED");
    }

    /** Every plan with its status, and every open and completed task of the people involved, as the API shows them. */
    private static Map<String, String> snapshot(ApiClient api) {
        Map<String, String> seen = new TreeMap<>();
        for (JsonNode plan : api.get("/api/plans?scope=ALL&size=200", "leader").json().path("items")) {
            seen.put("plan " + plan.path("id").asText(), plan.path("title").asText() + " " + plan.path("status").asText());
        }
        for (String person : PEOPLE) {
            for (JsonNode task : api.get("/api/tasks?size=200", person).json().path("items")) {
                seen.put(person + " open " + task.path("id").asText(), task.path("kind").asText() + " " + task.path("planId").asText());
            }
            for (JsonNode task : api.get("/api/tasks?scope=done&size=200", person).json().path("items")) {
                seen.put(person + " done " + task.path("id").asText(), task.path("kind").asText() + " " + task.path("outcome").asText());
            }
        }
        assertThat(seen).as("the snapshot holds plans and tasks").isNotEmpty();
        return seen;
    }
}
