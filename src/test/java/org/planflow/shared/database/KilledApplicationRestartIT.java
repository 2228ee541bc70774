package org.planflow.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planflow.ApiClient;
import org.planflow.PlanFlowApplication;
import org.planflow.TestPlans;

/**
 * A developer's {@code kill -9} of a running PlanFlow and the next start on the same data folder. The
 * application runs as a JVM of its own, as {@code mvn spring-boot:run} starts it; its PostgreSQL outlives
 * it, and the next start must stop that orphan and find every plan and task committed before the kill.
 */
class KilledApplicationRestartIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> PEOPLE = List.of("drafter", "reviewer", "leader");

    @TempDir
    Path work;

    private final List<Process> applications = new ArrayList<>();

    @Test
    void after_a_kill_9_the_next_start_stops_the_orphaned_postgres_and_finds_every_committed_plan_and_task() throws Exception {
        Path dataDir = work.resolve("postgres");
        ApiClient before = start(dataDir, "first.log");
        long inApproval = TestPlans.draft(before, "重启前已送审的方案");
        TestPlans.complete(before, "drafter", before.taskOf("drafter", "DRAFT", inApproval),
                "{\"outcome\":\"submit\",\"approvers\":[\"leader\"]}");
        TestPlans.complete(before, "reviewer", before.taskOf("reviewer", "DEPT_REVIEW", inApproval), "{\"outcome\":\"pass\"}");
        long drafting = TestPlans.draft(before, "重启前的草稿");
        Map<String, String> committed = snapshot(before);

        Process killed = applications.get(0);
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(killed.isAlive()).isFalse();
        long orphan = Long.parseLong(Files.readAllLines(dataDir.resolve(OrphanedPostgres.PID_FILE)).get(0).strip());
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
                .as("the killed application's PostgreSQL outlives it").isPresent();

        ApiClient after = start(dataDir, "second.log");
        assertThat(Files.readString(work.resolve("second.log")))
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

    /** PlanFlow in a JVM of its own on the test classpath, with the demo district but none of the seed plans. */
    private ApiClient start(Path dataDir, String logName) throws Exception {
        int port = freePort();
        Path log = work.resolve(logName);
        Process application = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Shanghai",
                "-cp", testClasspath(),
                PlanFlowApplication.class.getName(),
                "--server.port=" + port,
                "--planflow.database.embedded.data-dir=" + dataDir,
                "--planflow.demo.plans=false",
                "--camunda.bpm.job-execution.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        applications.add(application);
        ApiClient api = new ApiClient(port);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!healthy(api)) {
            assertThat(application.isAlive()).as("PlanFlow ended while starting:%n%s", tail(log)).isTrue();
            assertThat(System.nanoTime()).as("PlanFlow did not start within %s:%n%s", START_TIMEOUT, tail(log)).isLessThan(deadline);
            Thread.sleep(1000);
        }
        return api;
    }

    /** Surefire's class path without its empty entries, which would put the working folder (and its bpmn/) on it. */
    private static String testClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static boolean healthy(ApiClient api) {
        try {
            return api.anonymousGet("/actuator/health").status() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Stops what the test started, even when it failed half-way: the applications, then any PostgreSQL on its folder. */
    @AfterEach
    void stopEverything() {
        for (Process application : applications) {
            application.destroy();
            stop(application.toHandle());
        }
        String dataDir = work.resolve("postgres").toString();
        ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"))
                .filter(process -> Arrays.asList(process.info().arguments().orElse(new String[0])).contains(dataDir))
                .forEach(postmaster -> {
                    postmaster.destroy();
                    stop(postmaster);
                });
    }

    private static void stop(ProcessHandle process) {
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception notGone) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
