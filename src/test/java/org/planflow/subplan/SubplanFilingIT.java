package org.planflow.subplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.circulation.CirculationFields;
import org.planflow.circulation.CirculationProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A plan issued to 城关镇 and 东关镇, both asked for their own plan (配套方案): each town drafts it in PlanFlow, passes its
 * own department review and leader, and submits it; the office files 城关镇's and returns 东关镇's with a comment, which
 * goes back to its drafter. The parent's list shows both, and who is late once the due date has passed.
 */
@PlanFlowTest
class SubplanFilingIT {

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void townsHaveDraftersAndReviewers() {
        api = new ApiClient(port);
        TownPlanners.hire(api, jdbc);
    }

    @Test
    void a_towns_own_plan_is_filed_and_another_returned_and_the_parent_shows_both_and_who_is_late() {
        long planId = TestPlans.draft(api, "配套方案测试 " + System.nanoTime());
        TestPlans.approve(api, planId);
        String issue = api.taskOf("office", "ISSUE", planId);
        ApiClient.Response notRecipient = api.post("/api/tasks/" + issue + "/complete", "office", issueBody("[\"town-1\",\"town-3\"]"));
        assertThat(notRecipient.status()).as(notRecipient.body()).isEqualTo(400);
        assertThat(notRecipient.json().path("field").asText()).isEqualTo(CirculationFields.SUB_PLAN_UNITS);
        assertThat(notRecipient.json().path("code").asText()).isEqualTo(CirculationProblem.SUB_PLAN_UNIT_NOT_RECIPIENT.name());
        TestPlans.complete(api, "office", issue, issueBody("[\"town-1\",\"town-2\"]"));

        Map<String, JsonNode> asked = subPlans(planId, "office");
        assertThat(asked).containsOnlyKeys("town-1", "town-2");
        assertThat(asked.values()).allSatisfy(row -> {
            assertThat(row.path("status").asText()).isEqualTo("PENDING");
            assertThat(row.path("late").asBoolean()).isFalse();
        });
        Instant due = Instant.parse(asked.get("town-1").path("due").asText());

        ApiClient.Response notAsked = api.post("/api/plans/" + planId + "/sub-plans", "drafter", "{\"title\":\"未被要求的配套方案\"}");
        assertThat(notAsked.status()).as(notAsked.body()).isEqualTo(403);
        ApiClient.Response stranger = api.get("/api/plans/" + planId + "/sub-plans", "staff-whlyj");
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(404);
        assertThat(stranger.body()).doesNotContain("town-1");

        long town1Plan = subPlan(planId, "town-1", "城关镇配套实施方案");
        JsonNode town1 = api.get("/api/plans/" + town1Plan, "sp-drafter-town-1").json();
        assertThat(town1.path("parentPlanId").asLong()).isEqualTo(planId);
        assertThat(town1.path("leadUnit").path("code").asText()).isEqualTo("town-1");

        ApiClient.Response tooEarly = api.post("/api/tasks/" + api.taskOf("staff-town-1", "SUBMIT_SUB_PLAN", planId) + "/complete",
                "staff-town-1", submitBody(town1Plan));
        assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(409);
        assertThat(tooEarly.json().path("code").asText()).isEqualTo(SubplanProblem.SUB_PLAN_NOT_APPROVED.name());

        approve(town1Plan, "town-1");
        TestPlans.complete(api, "staff-town-1", api.taskOf("staff-town-1", "SUBMIT_SUB_PLAN", planId), submitBody(town1Plan));
        assertThat(subPlans(planId, "office").get("town-1").path("status").asText()).isEqualTo("SUBMITTED");
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "FILE_SUB_PLAN", planId), "{\"outcome\":\"file\"}");

        long town2Plan = subPlan(planId, "town-2", "东关镇配套实施方案");
        approve(town2Plan, "town-2");
        TestPlans.complete(api, "staff-town-2", api.taskOf("staff-town-2", "SUBMIT_SUB_PLAN", planId), submitBody(town2Plan));
        String filing = api.taskOf("supervisor", "FILE_SUB_PLAN", planId);
        ApiClient.Response silent = api.post("/api/tasks/" + filing + "/complete", "supervisor", "{\"outcome\":\"return\"}");
        assertThat(silent.status()).as(silent.body()).isEqualTo(400);
        assertThat(silent.json().path("field").asText()).isEqualTo(SubplanFields.COMMENT);
        assertThat(silent.json().path("code").asText()).isEqualTo(SubplanProblem.COMMENT_REQUIRED.name());
        TestPlans.complete(api, "supervisor", filing, "{\"outcome\":\"return\",\"comment\":\"请补充各村的责任分工\"}");

        Map<String, JsonNode> rows = subPlans(planId, "office");
        assertThat(rows.get("town-1").path("status").asText()).isEqualTo("FILED");
        assertThat(rows.get("town-1").path("subPlanId").asLong()).isEqualTo(town1Plan);
        assertThat(rows.get("town-2").path("status").asText()).isEqualTo("RETURNED");
        assertThat(rows.get("town-2").path("subPlanId").asLong()).isEqualTo(town2Plan);
        assertThat(rows.get("town-2").path("comment").asText()).isEqualTo("请补充各村的责任分工");
        assertThat(subPlans(planId, "staff-town-1").get("town-2").hasNonNull("comment"))
                .as("another town does not read what the office wrote to 东关镇").isFalse();
        assertThat(api.get("/api/plans/" + town2Plan, "sp-drafter-town-2").json().path("status").asText()).isEqualTo("DRAFTING");
        assertThat(api.taskOf("sp-drafter-town-2", "DRAFT", town2Plan)).isNotBlank();
        assertThat(api.taskOf("staff-town-2", "SUBMIT_SUB_PLAN", planId)).as("东关镇 submits again once revised").isNotBlank();

        clock.moveTo(due.plus(Duration.ofDays(3)));
        Map<String, JsonNode> late = subPlans(planId, "office");
        assertThat(late.get("town-2").path("late").asBoolean()).as("returned and not filed by its due date").isTrue();
        assertThat(late.get("town-1").path("late").asBoolean()).as("filed in time").isFalse();
    }

    private String issueBody(String subPlanUnits) {
        return "{\"outcome\":\"issue\",\"prefix\":\"区政办发\",\"form\":\"印发\",\"recipients\":[\"town-1\",\"town-2\"],"
                + "\"ackWorkingDays\":3,\"subPlanUnits\":" + subPlanUnits + ",\"subPlanWorkingDays\":1}";
    }

    private static String submitBody(long subPlanId) {
        return "{\"outcome\":\"submit\",\"subPlanId\":" + subPlanId + "}";
    }

    /** The town's drafter starts its own plan for the parent; returns the new plan's id. */
    private long subPlan(long planId, String town, String title) {
        ApiClient.Response created = api.post("/api/plans/" + planId + "/sub-plans", "sp-drafter-" + town,
                "{\"title\":\"" + title + "\",\"sections\":[{\"outline\":\"一、\",\"level\":1,\"heading\":\"工作任务\",\"body\":\"落实分工。\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** The town's own review and leader: approved, the sub-plan waits to be filed and is not issued. */
    private void approve(long subPlanId, String town) {
        TownPlanners.approve(api, subPlanId, town);
        assertThat(api.get("/api/plans/" + subPlanId, "sp-drafter-" + town).json().path("status").asText()).isEqualTo("APPROVED");
        assertThat(api.get("/api/tasks?size=200&kind=ISSUE", "office").json().path("items").findValuesAsText("planId"))
                .doesNotContain(String.valueOf(subPlanId));
    }

    private Map<String, JsonNode> subPlans(long planId, String username) {
        ApiClient.Response response = api.get("/api/plans/" + planId + "/sub-plans", username);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode row : response.json().path("items")) {
            rows.put(row.path("unit").path("code").asText(), row);
        }
        assertThat(response.json().path("total").asInt()).isEqualTo(rows.size());
        return rows;
    }
}
