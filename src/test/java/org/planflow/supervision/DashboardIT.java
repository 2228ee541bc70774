package org.planflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.LadderTest;
import org.planflow.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard's figures equal those computed here, independently, from the items and reports the API lists. */
@LadderTest
class DashboardIT {

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @Autowired
    ItemLightService lights;

    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2026-03-02T09:00:00+08:00");
    }

    @Test
    void the_dashboard_figures_match_an_independent_count_and_units_see_their_own() {
        long planId = TestPlans.issued(api, """
                {"title":"看板测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进。"}],
                 "items":[{"indicator":"看板任务一","leadUnit":{"code":"scjgj"},"dueDate":"2026-09-30"},
                          {"indicator":"看板任务二","leadUnit":{"code":"jxj"},"dueDate":"2026-09-30"},
                          {"indicator":"看板任务三","leadUnit":{"code":"czj"},"dueDate":"2026-04-20"},
                          {"indicator":"看板任务四","leadUnit":{"code":"jxj"},"dueDate":"2026-09-30"}]}""".formatted(System.nanoTime()),
                "[\"town-4\"]");
        for (String unit : new String[] {"scjgj", "jxj", "czj"}) {
            String username = "staff-" + unit;
            while (hasTask(username, "ACCEPT_ASSIGNMENT", planId)) {
                TestPlans.complete(api, username, api.taskOf(username, "ACCEPT_ASSIGNMENT", planId), "{\"outcome\":\"accept\","
                        + "\"measures\":\"推进\",\"milestones\":[{\"text\":\"节点\",\"due\":\"2026-04-15\"}],\"responsible\":\"张三\"}");
            }
        }
        // Q1 ends: scjgj reports in time, czj reports BEHIND in time, jxj reports one late and leaves one open.
        clock.moveTo("2026-04-01T09:00:00+08:00");
        LadderSteps.awaitUntil(() -> hasTask("staff-jxj", "REPORT_PROGRESS", planId) && hasTask("staff-czj", "REPORT_PROGRESS", planId)
                && hasTask("staff-scjgj", "REPORT_PROGRESS", planId));
        report("staff-scjgj", planId, "ON_TRACK", null);
        report("staff-czj", planId, "BEHIND", "资金未到位");
        clock.moveTo("2026-04-10T09:00:00+08:00");
        report("staff-jxj", planId, "ON_TRACK", null);
        lights.refreshLights();

        JsonNode dashboard = api.get("/api/supervision/dashboard?plan=" + planId, "leader").json();
        JsonNode expected = independently(planId, api.get("/api/supervision/items?plan=" + planId, "supervisor").items());
        assertThat(counts(dashboard.path("lights"))).isEqualTo(counts(expected.path("lights")));
        assertThat(counts(dashboard.path("byStatus"))).isEqualTo(counts(expected.path("byStatus")));
        assertThat(dashboard.path("reportsDue").asLong()).isEqualTo(expected.path("reportsDue").asLong()).isEqualTo(4);
        assertThat(dashboard.path("reportsIn").asLong()).isEqualTo(expected.path("reportsIn").asLong()).isEqualTo(3);
        // The "reports in" figures drill down to the very items they count.
        assertThat(api.get("/api/supervision/items?plan=" + planId + "&report=DUE", "leader").items()).hasSize(4);
        assertThat(api.get("/api/supervision/items?plan=" + planId + "&report=IN", "leader").items()).hasSize(3);
        assertThat(api.get("/api/supervision/items?plan=" + planId + "&report=MISSING", "leader").items()).hasSize(1);
        ApiClient.Response badReport = api.get("/api/supervision/items?plan=" + planId + "&report=LATE", "leader");
        assertThat(badReport.status()).isEqualTo(400);
        assertThat(badReport.json().path("field").asText()).isEqualTo("report");
        for (JsonNode unit : dashboard.path("units")) {
            JsonNode mine = expected.path("units").path(unit.path("unit").path("code").asText());
            assertThat(unit.path("due").asLong()).as("due of " + unit).isEqualTo(mine.path("due").asLong());
            assertThat(unit.path("onTime").asLong()).as("on time of " + unit).isEqualTo(mine.path("onTime").asLong());
            assertThat(unit.path("overdue").asLong()).as("overdue of " + unit).isEqualTo(mine.path("overdue").asLong());
            assertThat(unit.path("onTimeRate").asDouble()).isEqualTo(mine.path("due").asLong() == 0 ? 1.0
                    : mine.path("onTime").asDouble() / mine.path("due").asLong());
        }
        assertThat(dashboard.path("units")).hasSize(3);
        JsonNode trend = dashboard.path("redTrend");
        assertThat(trend.get(trend.size() - 1).path("month").asText()).isEqualTo("2026-04");
        assertThat(trend.get(trend.size() - 1).path("red").asLong()).isEqualTo(expected.path("lights").path("RED").asLong());

        // A unit's staff see their own unit's figures only.
        JsonNode own = api.get("/api/supervision/dashboard?plan=" + planId, "staff-jxj").json();
        assertThat(own.path("units")).hasSize(1);
        assertThat(own.path("units").get(0).path("unit").path("code").asText()).isEqualTo("jxj");
        assertThat(own.path("lights").path("GREEN").asLong() + own.path("lights").path("YELLOW").asLong()
                + own.path("lights").path("RED").asLong()).isEqualTo(2);
        assertThat(api.get("/api/supervision/dashboard?plan=" + planId, "staff-town-6").status())
                .as("a unit that may not read the plan").isEqualTo(404);
    }

    /** The figures computed from the items and each item's reports as the API lists them. */
    private JsonNode independently(long planId, JsonNode planItems) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, Long> lights = new HashMap<>(Map.of("GREEN", 0L, "YELLOW", 0L, "RED", 0L));
        Map<String, Long> statuses = new HashMap<>(Map.of("ASSIGNED", 0L, "IN_PROGRESS", 0L, "DONE_PENDING", 0L, "CLOSED", 0L));
        Map<String, long[]> units = new HashMap<>();
        long due = 0;
        long in = 0;
        Instant now = clock.instant();
        for (JsonNode item : planItems) {
            lights.merge(item.path("light").asText(), 1L, Long::sum);
            statuses.merge(item.path("status").asText(), 1L, Long::sum);
            long[] unit = units.computeIfAbsent(item.path("leadUnit").path("code").asText(), code -> new long[3]);
            if ("RED".equals(item.path("light").asText())) {
                unit[2]++;
            }
            JsonNode reports = api.get("/api/supervision/items/" + item.path("id").asLong(), "supervisor").json().path("reports");
            if (!reports.isEmpty()) {
                due++;
                if (!reports.get(reports.size() - 1).path("submittedAt").isNull()) {
                    in++;
                }
            }
            for (JsonNode report : reports) {
                boolean submitted = !report.path("submittedAt").isNull();
                if (submitted || Instant.parse(report.path("due").asText()).isBefore(now)) {
                    unit[0]++;
                }
                if (submitted && !report.path("late").asBoolean()) {
                    unit[1]++;
                }
            }
        }
        var result = json.createObjectNode();
        result.set("lights", json.valueToTree(lights));
        result.set("byStatus", json.valueToTree(statuses));
        result.put("reportsDue", due);
        result.put("reportsIn", in);
        var byUnit = json.createObjectNode();
        units.forEach((code, figures) -> byUnit.set(code, json.createObjectNode().put("due", figures[0]).put("onTime", figures[1])
                .put("overdue", figures[2])));
        result.set("units", byUnit);
        return result;
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new HashMap<>();
        node.properties().forEach(field -> counts.put(field.getKey(), field.getValue().asLong()));
        return counts;
    }

    private void report(String username, long planId, String status, String problems) {
        TestPlans.complete(api, username, api.taskOf(username, "REPORT_PROGRESS", planId), "{\"outcome\":\"report\","
                + "\"progress\":\"推进中\",\"percent\":30,\"status\":\"" + status + "\""
                + (problems == null ? "" : ",\"problems\":\"" + problems + "\"") + "}");
    }

    private boolean hasTask(String username, String kind, long planId) {
        return api.get("/api/tasks?size=200&kind=" + kind, username).json().path("items").findValuesAsText("planId")
                .contains(String.valueOf(planId));
    }
}
