package org.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderTest;
import org.planflow.TestPlans;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A plan's time (decision 060): its period, cadence and report offset travel with the plan, its items carry milestones
 * and targets, an item without a date falls due at the period's end, and the office settles the dates at issuance.
 */
@LadderTest
class PlanTimeIT {

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2026-12-05T09:00:00+08:00");
    }

    @Test
    void a_2027_plan_issued_in_december_2026_falls_due_in_2027_by_default() {
        long planId = TestPlans.issued(api, plan2027("明年方案"), "[\"scjgj\",\"jxj\"]");

        JsonNode plan = api.get("/api/plans/" + planId, "drafter").json();
        assertThat(plan.path("period").path("start").asText()).isEqualTo("2027-01-01");
        assertThat(plan.path("period").path("end").asText()).isEqualTo("2027-12-31");
        assertThat(plan.path("cadence").asText()).isEqualTo("HALF_YEARLY");
        assertThat(plan.path("reportDueDays").asInt()).isEqualTo(5);
        JsonNode dated = plan.path("items").get(0);
        assertThat(dated.path("milestones").get(0).path("due").asText()).isEqualTo("2027-03-31");
        assertThat(dated.path("targets").get(0).path("direction").asText()).isEqualTo("GE");
        assertThat(dated.path("targets").get(0).path("value").decimalValue()).isEqualByComparingTo("95");
        assertThat(dated.path("cadence").asText()).isEqualTo("MONTHLY");

        JsonNode items = api.get("/api/plans/" + planId + "/supervision?size=50", "supervisor").items();
        assertThat(items).extracting(item -> item.path("indicator").asText() + " " + item.path("dueDate").asText())
                .containsExactlyInAnyOrder("提升产品抽检合格率 2027-06-30", "开展质量提升行动 2027-12-31");
    }

    @Test
    void the_office_settles_the_period_and_every_items_due_date_at_issuance() {
        long planId = created(plan2027("印发时确定期限").replace("\"period\":{\"start\":\"2027-01-01\",\"end\":\"2027-12-31\"},", ""));
        TestPlans.approve(api, planId);
        String task = api.taskOf("office", "ISSUE", planId);

        ApiClient.Response unknownItem = issue(task, "\"dueDates\":{\"7\":\"2027-06-30\"}");
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.json().path("code").asText()).isEqualTo("ITEM_UNKNOWN");
        assertThat(unknownItem.json().path("field").asText()).isEqualTo("dueDates.7");
        ApiClient.Response beforeIssue = issue(task, "\"dueDates\":{\"2\":\"2026-11-30\"}");
        assertThat(beforeIssue.status()).isEqualTo(400);
        assertThat(beforeIssue.json().path("code").asText()).isEqualTo("DUE_BEFORE_ISSUE");
        ApiClient.Response beforeMilestone = issue(task, "\"dueDates\":{\"1\":\"2027-02-28\"}");
        assertThat(beforeMilestone.status()).isEqualTo(400);
        assertThat(beforeMilestone.json().path("code").asText()).isEqualTo("MILESTONE_AFTER_ITEM_DUE");
        ApiClient.Response backwards = issue(task, "\"period\":{\"start\":\"2028-01-01\",\"end\":\"2027-12-31\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().path("code").asText()).isEqualTo("PERIOD_INVALID");
        ApiClient.Response badCadence = issue(task, "\"cadence\":\"WEEKLY\"");
        assertThat(badCadence.status()).isEqualTo(400);
        assertThat(badCadence.json().path("code").asText()).isEqualTo("CADENCE_INVALID");
        JsonNode untouched = api.get("/api/plans/" + planId, "drafter").json();
        assertThat(untouched.path("status").asText()).as("nothing refused is kept").isEqualTo("APPROVED");
        assertThat(untouched.path("period").isNull()).isTrue();

        ApiClient.Response issued = issue(task, "\"period\":{\"start\":\"2027-01-01\",\"end\":\"2028-12-31\"},"
                + "\"cadence\":\"QUARTERLY\",\"reportDueDays\":10,\"dueDates\":{\"1\":\"2027-09-30\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(204);
        JsonNode plan = api.get("/api/plans/" + planId, "drafter").json();
        assertThat(plan.path("period").path("end").asText()).isEqualTo("2028-12-31");
        assertThat(plan.path("cadence").asText()).isEqualTo("QUARTERLY");
        assertThat(plan.path("reportDueDays").asInt()).isEqualTo(10);
        assertThat(api.get("/api/plans/" + planId + "/timeline?size=100", "drafter").items())
                .extracting(event -> event.path("what").asText()).contains(PlanAction.SCHEDULED.name());
        JsonNode items = api.get("/api/plans/" + planId + "/supervision?size=50", "supervisor").items();
        assertThat(items).extracting(item -> item.path("indicator").asText() + " " + item.path("dueDate").asText())
                .containsExactlyInAnyOrder("提升产品抽检合格率 2027-09-30", "开展质量提升行动 2028-12-31");
    }

    @Test
    void a_draft_refuses_a_milestone_after_its_item_and_a_target_without_value() {
        ApiClient.Response late = api.post("/api/plans", "drafter", """
                {"title":"节点晚于时限","items":[{"indicator":"建设检测中心","leadUnit":{"code":"scjgj"},"dueDate":"2027-06-30",
                  "milestones":[{"text":"完成选址","due":"2027-09-30"}]}]}""");
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().path("code").asText()).isEqualTo("MILESTONE_AFTER_ITEM_DUE");
        assertThat(late.json().path("field").asText()).isEqualTo("items[0].milestones[0].due");
        ApiClient.Response noValue = api.post("/api/plans", "drafter", """
                {"title":"指标无目标值","items":[{"indicator":"提升合格率","leadUnit":{"code":"scjgj"},
                  "targets":[{"name":"抽检合格率","unit":"%"}]}]}""");
        assertThat(noValue.status()).isEqualTo(400);
        assertThat(noValue.json().path("code").asText()).isEqualTo("TARGET_VALUE_REQUIRED");
        assertThat(noValue.json().path("field").asText()).isEqualTo("items[0].targets[0].value");
        ApiClient.Response backwards = api.post("/api/plans", "drafter", """
                {"title":"期限倒置","period":{"start":"2028-01-01","end":"2027-12-31"}}""");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().path("code").asText()).isEqualTo("PERIOD_INVALID");
    }

    private ApiClient.Response issue(String task, String schedule) {
        return api.post("/api/tasks/" + task + "/complete", "office", "{\"outcome\":\"issue\",\"prefix\":\"区政办发\","
                + "\"form\":\"印发\",\"recipients\":[\"scjgj\",\"jxj\"],\"ackWorkingDays\":3," + schedule + "}");
    }

    private long created(String json) {
        ApiClient.Response created = api.post("/api/plans", "drafter", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static String plan2027(String title) {
        return """
                {"title":"2027年%s %d","period":{"start":"2027-01-01","end":"2027-12-31"},"cadence":"HALF_YEARLY","reportDueDays":5,
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"提升产品抽检合格率","leadUnit":{"code":"scjgj"},"dueDate":"2027-06-30","cadence":"MONTHLY",
                           "milestones":[{"text":"制定抽检计划","due":"2027-03-31"}],
                           "targets":[{"name":"产品抽检合格率","unit":"%%","direction":"GE","value":95,"baseline":92,"year":2027}]},
                          {"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}"""
                .formatted(title, System.nanoTime());
    }
}
