package org.planflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.calendar.Deadlines;
import org.planflow.shared.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The task deadlines through the API: ADMIN's settings, and the due dates new approval steps get. */
@PlanFlowTest
class TaskDeadlinesIT {

    static final String DEADLINES = "/api/admin/task-deadlines";

    @LocalServerPort
    int port;
    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void defaults() {
        jdbc.sql("DELETE FROM task_deadline").update();
    }

    @Test
    void only_an_administrator_reads_and_changes_the_task_deadlines() {
        ApiClient.Response read = api.get(DEADLINES, "supervisor");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.json().path("detail").asText()).startsWith("You may not do this");

        ApiClient.Response change = api.put(DEADLINES + "/LEADER_APPROVAL", "leader", "{\"workingDays\":30}");
        assertThat(change.status()).isEqualTo(403);
        assertThat(kind(api.get(DEADLINES, "admin").json(), "LEADER_APPROVAL").path("workingDays").asInt()).isEqualTo(3);
        assertThat(api.delete(DEADLINES + "/LEADER_APPROVAL", "drafter").status()).isEqualTo(403);
    }

    @Test
    void the_administrator_sees_every_kind_with_its_default_and_where_its_due_date_comes_from() {
        ApiClient.Response read = api.get(DEADLINES, "admin");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().size()).isEqualTo(TaskKind.values().length);
        JsonNode leader = kind(read.json(), "LEADER_APPROVAL");
        assertThat(leader.path("workingDays").asInt()).isEqualTo(3);
        assertThat(leader.path("configuredWorkingDays").asInt()).isEqualTo(3);
        assertThat(leader.path("changed").asBoolean()).isFalse();
        assertThat(leader.path("setByProcess").asBoolean()).isFalse();
        assertThat(kind(read.json(), "CONSOLIDATE").path("workingDays").asInt()).isEqualTo(5);
        assertThat(kind(read.json(), "ACKNOWLEDGE").path("setByProcess").asBoolean()).isTrue();
        for (TaskKind every : TaskKind.values()) {
            assertThat(kind(read.json(), every.name()).path("configuredWorkingDays").isInt()).as("%s has a default", every).isTrue();
        }
    }

    @Test
    void a_deadline_outside_one_to_sixty_working_days_is_refused_naming_the_field() {
        for (String body : new String[] {"{\"workingDays\":0}", "{\"workingDays\":61}"}) {
            ApiClient.Response refused = api.put(DEADLINES + "/ISSUE", "admin", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.json().path("field").asText()).isEqualTo("workingDays");
        }
        ApiClient.Response notANumber = api.put(DEADLINES + "/ISSUE", "admin", "{\"workingDays\":\"many\"}");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.contentType()).startsWith("application/problem+json");
        ApiClient.Response unknown = api.put(DEADLINES + "/NO_SUCH_KIND", "admin", "{\"workingDays\":3}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asText()).contains("NO_SUCH_KIND");
        assertThat(kind(api.get(DEADLINES, "admin").json(), "ISSUE").path("changed").asBoolean()).isFalse();
    }

    @Test
    void the_administrator_changes_a_deadline_takes_it_away_and_restores_the_default_each_change_audited() {
        JsonNode four = api.put(DEADLINES + "/REVIEW_EXTENSION", "admin", "{\"workingDays\":4}").json();
        assertThat(four.path("workingDays").asInt()).isEqualTo(4);
        assertThat(four.path("changed").asBoolean()).isTrue();

        JsonNode none = api.put(DEADLINES + "/REVIEW_EXTENSION", "admin", "{\"workingDays\":null}").json();
        assertThat(none.path("workingDays").isNull()).isTrue();

        ApiClient.Response reset = api.delete(DEADLINES + "/REVIEW_EXTENSION", "admin");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().path("workingDays").asInt()).isEqualTo(3);
        assertThat(reset.json().path("changed").asBoolean()).isFalse();
        assertThat(jdbc.sql("""
                        SELECT action || ' ' || details FROM audit_event
                         WHERE actor = 'admin' AND outcome = 'REVIEW_EXTENSION' ORDER BY id DESC LIMIT 3""")
                .query(String.class).list()).containsExactly(
                "TASK_DEADLINE_RESET REVIEW_EXTENSION - → 3",
                "TASK_DEADLINE_SET REVIEW_EXTENSION 4 → -",
                "TASK_DEADLINE_SET REVIEW_EXTENSION 3 → 4");
    }

    @Test
    void each_approval_step_falls_due_after_its_kinds_working_days_the_draft_too() {
        long planId = TestPlans.draft(api, "办理时限默认 " + System.nanoTime());
        assertThat(due(task("drafter", "DRAFT", planId))).isEqualTo(workingDaysFromNow(20));
        api.put(DEADLINES + "/DEPT_REVIEW", "admin", "{\"workingDays\":4}");

        TestPlans.complete(api, "drafter", task("drafter", "DRAFT", planId).path("id").asText(),
                "{\"outcome\":\"submit\",\"approvers\":[\"leader\"]}");
        assertThat(due(task("reviewer", "DEPT_REVIEW", planId))).isEqualTo(workingDaysFromNow(4));
        TestPlans.complete(api, "reviewer", task("reviewer", "DEPT_REVIEW", planId).path("id").asText(), "{\"outcome\":\"pass\"}");

        assertThat(due(task("leader", "LEADER_APPROVAL", planId))).isEqualTo(workingDaysFromNow(3));
    }

    @Test
    void the_drafter_chooses_the_deadlines_of_the_plans_steps_at_submission() {
        long planId = TestPlans.draft(api, "办理时限自定 " + System.nanoTime());

        TestPlans.complete(api, "drafter", task("drafter", "DRAFT", planId).path("id").asText(), """
                {"outcome":"submit","approvers":["leader"],"stepWorkingDays":{"DEPT_REVIEW":1,"LEADER_APPROVAL":2,"ISSUE":null}}""");

        JsonNode plan = api.get("/api/plans/" + planId, "drafter").json();
        assertThat(plan.path("stepWorkingDays").toString()).isEqualTo("{\"DEPT_REVIEW\":1,\"LEADER_APPROVAL\":2}");
        assertThat(due(task("reviewer", "DEPT_REVIEW", planId))).isEqualTo(workingDaysFromNow(1));
        TestPlans.complete(api, "reviewer", task("reviewer", "DEPT_REVIEW", planId).path("id").asText(), "{\"outcome\":\"pass\"}");
        assertThat(due(task("leader", "LEADER_APPROVAL", planId))).isEqualTo(workingDaysFromNow(2));
        TestPlans.complete(api, "leader", task("leader", "LEADER_APPROVAL", planId).path("id").asText(), "{\"outcome\":\"approve\"}");
        assertThat(due(task("office", "ISSUE", planId))).as("the default, not chosen").isEqualTo(workingDaysFromNow(3));
    }

    @Test
    void a_step_deadline_out_of_range_or_for_another_kind_is_refused_naming_its_field() {
        long planId = TestPlans.draft(api, "办理时限越界 " + System.nanoTime());
        String taskId = task("drafter", "DRAFT", planId).path("id").asText();

        assertRefused(taskId, "{\"LEADER_APPROVAL\":61}", "stepWorkingDays.LEADER_APPROVAL");
        assertRefused(taskId, "{\"DEPT_REVIEW\":0}", "stepWorkingDays.DEPT_REVIEW");
        assertRefused(taskId, "{\"ISSUE\":\"two\"}", "stepWorkingDays.ISSUE");
        assertRefused(taskId, "{\"ACKNOWLEDGE\":3}", "stepWorkingDays");
        assertRefused(taskId, "{\"NO_SUCH_KIND\":3}", "stepWorkingDays");
        assertRefused(taskId, "3", "stepWorkingDays");
        assertThat(api.get("/api/plans/" + planId, "drafter").json().path("status").asText()).isEqualTo("DRAFTING");
    }

    private void assertRefused(String taskId, String steps, String field) {
        ApiClient.Response refused = api.post("/api/tasks/" + taskId + "/complete", "drafter",
                "{\"outcome\":\"submit\",\"approvers\":[\"leader\"],\"stepWorkingDays\":" + steps + "}");
        assertThat(refused.status()).as(steps).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).as(steps).isEqualTo(field);
    }

    private JsonNode task(String username, String kind, long planId) {
        for (JsonNode entry : api.get("/api/tasks?size=200&kind=" + kind, username).json().path("items")) {
            if (entry.path("planId").asLong() == planId) {
                return entry;
            }
        }
        throw new AssertionError(username + " has no " + kind + " task for plan " + planId);
    }

    private static Instant due(JsonNode task) {
        return Instant.parse(task.path("due").asText());
    }

    private Instant workingDaysFromNow(int days) {
        return deadlines.workingDaysFromNow(days).toInstant();
    }

    private static JsonNode kind(JsonNode deadlines, String kind) {
        for (JsonNode deadline : deadlines) {
            if (kind.equals(deadline.path("kind").asText())) {
                return deadline;
            }
        }
        throw new AssertionError("No " + kind + " in " + deadlines);
    }
}
