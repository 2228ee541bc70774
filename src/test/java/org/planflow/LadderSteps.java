package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the escalation ladder recorded for a task, and waiting for the job executor to get there. */
public final class LadderSteps {

    private LadderSteps() {
    }

    /** The ladder's own steps of the task, in order (manual urges left out). */
    public static List<String> of(JdbcClient jdbc, String taskId) {
        return jdbc.sql("SELECT step FROM escalation_event WHERE task_id = ? AND actor IS NULL ORDER BY id")
                .param(taskId).query(String.class).list();
    }

    /** Due jobs run within seconds of the clock moving, as a real elapse would make them. */
    public static void await(JdbcClient jdbc, String taskId, String... expected) {
        awaitUntil(() -> of(jdbc, taskId).size() >= expected.length);
        assertThat(of(jdbc, taskId)).containsExactly(expected);
    }

    /** Waits up to 30 seconds for the condition. */
    public static void awaitUntil(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && !condition.getAsBoolean()) {
            sleep(200);
        }
    }

    /** The overdue list's item of the task, looked for page by page ({@code query}: the list's filters, e.g. kind=ACKNOWLEDGE). */
    public static JsonNode overdueItem(ApiClient api, String username, String query, String taskId) {
        for (int page = 0; ; page++) {
            ApiClient.Response response = api.get("/api/supervision/overdue?" + query + "&size=500&page=" + page, username);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            for (JsonNode item : response.items()) {
                if (taskId.equals(item.path("taskId").asText())) {
                    return item;
                }
            }
            if ((page + 1) * 500L >= response.json().path("total").asLong()) {
                throw new AssertionError("No overdue item for task " + taskId + " among " + response.json().path("total") + " overdue");
            }
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
