package org.planflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.circulation.TestDeliveries;
import org.planflow.shared.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlanFlowTest
class InboxIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void a_task_for_a_township_reaches_that_townships_staff_and_nobody_elses() {
        String title = "乡镇签收测试 " + System.nanoTime();
        deliver("town-1", title, Instant.now().plus(3, ChronoUnit.DAYS));

        assertThat(planTitles(api.get("/api/tasks?size=200", "staff-town-1").json())).contains(title);
        assertThat(planTitles(api.get("/api/tasks?size=200", "staff-town-2").json())).doesNotContain(title);
        assertThat(planTitles(api.get("/api/tasks?size=200", "staff-street-1").json())).doesNotContain(title);
        assertThat(planTitles(api.get("/api/tasks?size=200", "drafter").json())).doesNotContain(title);
    }

    @Test
    void inbox_entries_carry_kind_plan_unit_dates_and_an_overdue_flag() {
        String title = "逾期签收测试 " + System.nanoTime();
        deliver("street-1", title, Instant.now().minus(2, ChronoUnit.DAYS));

        JsonNode entry = entryWithTitle(api.get("/api/tasks?kind=ACKNOWLEDGE&size=200", "staff-street-1").json(), title);
        assertThat(entry.path("kind").asText()).isEqualTo("ACKNOWLEDGE");
        assertThat(entry.path("name").asText()).isEqualTo("签收方案");
        assertThat(entry.path("unit").asText()).isEqualTo("street-1");
        assertThat(entry.path("created").asText()).isNotBlank();
        assertThat(entry.path("due").asText()).isNotBlank();
        assertThat(entry.path("overdue").asBoolean()).isTrue();
    }

    @Test
    void the_inbox_is_paged_and_filtered_by_kind() {
        for (int i = 0; i < 3; i++) {
            deliver("town-3", "分页测试 " + i, null);
        }
        JsonNode first = api.get("/api/tasks?page=0&size=2", "staff-town-3").json();
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("total").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode second = api.get("/api/tasks?page=1&size=2", "staff-town-3").json();
        assertThat(second.path("items").size()).isGreaterThanOrEqualTo(1);
        assertThat(second.path("items").get(0).path("id").asText())
                .isNotIn(first.path("items").get(0).path("id").asText(), first.path("items").get(1).path("id").asText());

        assertThat(api.get("/api/tasks?kind=NO_SUCH_KIND", "staff-town-3").json().path("total").asLong()).isZero();
    }

    @Test
    void a_bad_page_size_is_a_400_naming_the_parameter() {
        ApiClient.Response response = api.get("/api/tasks?size=100000", "staff-town-3");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo("size");
    }

    @Test
    void a_claimed_task_leaves_the_colleagues_inbox_and_others_cannot_take_it() {
        String title = "认领测试 " + System.nanoTime();
        deliver("leadership", title, null);
        String taskId = entryWithTitle(api.get("/api/tasks?size=200", "leader").json(), title).path("id").asText();

        ApiClient.Response claimed = api.post("/api/tasks/" + taskId + "/claim", "leader", null);
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().path("assignee").asText()).isEqualTo("leader");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("leader");

        assertThat(planTitles(api.get("/api/tasks?size=200", "leader2").json())).doesNotContain(title);
        ApiClient.Response taken = api.post("/api/tasks/" + taskId + "/claim", "leader2", null);
        assertThat(taken.status()).as("a colleague is told who holds it, as the API promises").isEqualTo(409);
        assertThat(taken.json().path("code").asText()).isEqualTo(TaskProblem.HELD.name());
        assertThat(api.post("/api/tasks/" + taskId + "/claim", "staff-town-3", null).status())
                .as("a task of another unit stays unknown").isEqualTo(404);
        assertThat(api.post("/api/tasks/" + taskId + "/claim", "leader", null).status())
                .as("claiming one's own task again changes nothing").isEqualTo(200);

        assertThat(api.post("/api/tasks/" + taskId + "/release", "leader", null).status()).isEqualTo(200);
        assertThat(planTitles(api.get("/api/tasks?size=200", "leader2").json())).contains(title);
    }

    @Test
    void another_units_task_id_is_unknown_to_the_caller() {
        String title = "他人待办 " + System.nanoTime();
        deliver("town-4", title, null);
        String taskId = entryWithTitle(api.get("/api/tasks?size=200", "staff-town-4").json(), title).path("id").asText();

        ApiClient.Response response = api.get("/api/tasks/" + taskId, "staff-town-5");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_completed_task_leaves_the_inbox() {
        String title = "办结测试 " + System.nanoTime();
        deliver("town-6", title, null);
        String taskId = entryWithTitle(api.get("/api/tasks?size=200", "staff-town-6").json(), title).path("id").asText();

        tasks.complete(taskId, java.util.Map.of(TaskKinds.VAR_OUTCOME, Outcome.ACKNOWLEDGE.value()));

        assertThat(planTitles(api.get("/api/tasks?size=200", "staff-town-6").json())).doesNotContain(title);
    }

    private void deliver(String unit, String title, Instant due) {
        TestDeliveries.deliver(runtime, jdbc, unit, title, due);
    }

    private static java.util.List<String> planTitles(JsonNode page) {
        return page.path("items").findValuesAsText("planTitle");
    }

    private static JsonNode entryWithTitle(JsonNode page, String title) {
        for (JsonNode item : page.path("items")) {
            if (title.equals(item.path("planTitle").asText())) {
                return item;
            }
        }
        throw new AssertionError("No inbox entry for " + title + " in " + page);
    }
}
