package org.planflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An issued plan's three items supervised across two quarters as the clock moves: reports in time, one
 * returned for more, one late and urged, an extension granted, a 督办单 answered, one item closed (销号)
 * and one flagged 逾期未完成.
 */
@LadderTest
class SupervisionStoryIT {

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ItemLightService lights;

    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2026-03-02T09:00:00+08:00");
    }

    @Test
    void three_items_are_supervised_across_two_quarters() {
        long planId = issuedPlan();
        JsonNode assigned = api.get("/api/plans/" + planId + "/supervision", "supervisor").items();
        assertThat(assigned).hasSize(3);
        long a = idOf(assigned, 1);
        long b = idOf(assigned, 2);
        long c = idOf(assigned, 3);
        assertThat(api.get("/api/supervision/items/" + a, "staff-town-2").status()).as("a unit not involved").isEqualTo(404);
        assertThat(api.get("/api/supervision/items?role=COOPERATING", "staff-fgw").items().findValuesAsText("indicator"))
                .contains("建设计量检测中心");

        // Each lead unit accepts with its measures, milestones and responsible person; bad ledgers name their field.
        String acceptA = api.taskOf("staff-scjgj", "ACCEPT_ASSIGNMENT", planId);
        ApiClient.Response noMilestones = api.post("/api/tasks/" + acceptA + "/complete", "staff-scjgj",
                "{\"outcome\":\"accept\",\"measures\":\"建设计量检测中心\",\"responsible\":\"张科长\"}");
        assertThat(noMilestones.status()).isEqualTo(400);
        assertThat(noMilestones.json().path("field").asText()).isEqualTo(SupervisionFields.MILESTONES);
        assertThat(noMilestones.json().path("code").asText()).isEqualTo(SupervisionProblem.MILESTONES_REQUIRED.name());
        accept("staff-scjgj", planId, "2026-05-31");
        accept("staff-jxj", planId, "2026-04-15");
        accept("staff-czj", planId, "2026-04-30");
        assertThat(item(a).path("item").path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(item(a).path("item").path("measures").asText()).isEqualTo("按计划推进");

        // The first quarter ends: reports open, due five working days later (after the Qingming holiday, 8 April).
        clock.moveTo("2026-04-01T09:00:00+08:00");
        String reportA = awaitTask("staff-scjgj", "REPORT_PROGRESS", planId);
        TestPlans.complete(api, "staff-scjgj", reportA, report("ON_TRACK", 30, null));
        String review = api.taskOf("supervisor", "REVIEW_REPORT", planId);
        ApiClient.Response noComment = api.post("/api/tasks/" + review + "/complete", "supervisor", "{\"outcome\":\"return\"}");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().path("field").asText()).isEqualTo(SupervisionFields.COMMENT);
        TestPlans.complete(api, "supervisor", review, "{\"outcome\":\"return\",\"comment\":\"请补充检测中心选址进展\"}");
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "REPORT_PROGRESS", planId), report("ON_TRACK", 35, null));
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "REVIEW_REPORT", planId), "{\"outcome\":\"accept\"}");
        TestPlans.complete(api, "staff-czj", awaitTask("staff-czj", "REPORT_PROGRESS", planId), report("ON_TRACK", 50, null));
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "REVIEW_REPORT", planId), "{\"outcome\":\"accept\"}");
        JsonNode reportsA = item(a).path("reports");
        assertThat(reportsA).hasSize(1);
        assertThat(reportsA.get(0).path("period").asText()).isEqualTo("2026-Q1");
        assertThat(reportsA.get(0).path("percent").asInt()).isEqualTo(35);
        assertThat(reportsA.get(0).path("review").asText()).isEqualTo("ACCEPTED");

        // jxj lets its report run late: the ladder marks it overdue, the light turns red, the supervisor urges.
        String reportB = awaitTask("staff-jxj", "REPORT_PROGRESS", planId);
        clock.moveTo("2026-04-10T09:00:00+08:00");
        LadderSteps.await(jdbc, reportB, "REMINDER", "OVERDUE");
        lights.refreshLights();
        assertThat(item(b).path("item").path("light").asText()).isEqualTo("RED");
        assertThat(api.post("/api/supervision/tasks/" + reportB + "/urge", "supervisor", "{\"message\":\"请于明日前报送一季度进展\"}")
                .status()).isEqualTo(200);
        TestPlans.complete(api, "staff-jxj", reportB, report("BEHIND", 20, "设备采购延迟"));
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "REVIEW_REPORT", planId), "{\"outcome\":\"accept\"}");
        assertThat(item(b).path("reports").get(0).path("late").asBoolean()).isTrue();
        assertThat(item(b).path("item").path("light").asText()).as("last report BEHIND").isEqualTo("YELLOW");

        // jxj asks for two more months; the supervisor grants, and the due date moves.
        ApiClient.Response notLead = api.post("/api/supervision/items/" + b + "/extension", "staff-fgw",
                "{\"dueDate\":\"2026-06-30\",\"reason\":\"设备到货推迟\"}");
        assertThat(notLead.status()).isEqualTo(403);
        assertThat(api.post("/api/supervision/items/" + b + "/extension", "staff-jxj",
                "{\"dueDate\":\"2026-06-30\",\"reason\":\"设备到货推迟\"}").status()).isEqualTo(201);
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "REVIEW_EXTENSION", planId), "{\"outcome\":\"grant\"}");
        assertThat(item(b).path("item").path("dueDate").asText()).isEqualTo("2026-06-30");
        assertThat(item(b).path("extensions").get(0).path("decision").asText()).isEqualTo("GRANTED");

        // A supervision notice (督办单) on czj's item; czj's head answers it.
        ApiClient.Response noDays = api.post("/api/supervision/items/" + c + "/notices", "supervisor", "{\"text\":\"请加快进度\"}");
        assertThat(noDays.status()).isEqualTo(400);
        assertThat(noDays.json().path("field").asText()).isEqualTo(SupervisionFields.ANSWER_WORKING_DAYS);
        JsonNode notice = api.post("/api/supervision/items/" + c + "/notices", "supervisor",
                "{\"text\":\"请加快资金拨付进度\",\"answerWorkingDays\":3}").json();
        assertThat(notice.path("number").asText()).matches("督办〔2026〕\\d+号");
        TestPlans.complete(api, "staff-czj", api.taskOf("staff-czj", "ANSWER_SUPERVISION_NOTICE", planId),
                "{\"outcome\":\"answer\",\"text\":\"已拨付首期资金\"}");
        assertThat(item(c).path("notices").get(0).path("answer").asText()).isEqualTo("已拨付首期资金");

        // Mid-May: czj's item passes its due date unfinished and is flagged; jxj's moved date has not come.
        clock.moveTo("2026-05-18T09:00:00+08:00");
        LadderSteps.awaitUntil(() -> item(c).path("item").path("overdue").asBoolean());
        assertThat(item(c).path("item").path("overdue").asBoolean()).isTrue();
        assertThat(item(c).path("item").path("light").asText()).isEqualTo("RED");
        assertThat(item(b).path("item").path("overdue").asBoolean()).isFalse();

        // The second quarter ends: scjgj attaches its evidence, reports DONE, the supervisor verifies and closes it (销号).
        clock.moveTo("2026-07-01T09:00:00+08:00");
        ApiClient.Response evidence = api.postFile("/api/supervision/items/" + a + "/evidence", "staff-scjgj", "file",
                "验收报告.pdf", "检测中心验收报告".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
        assertThat(api.postFile("/api/supervision/items/" + a + "/evidence", "staff-fgw", "file", "x.pdf", new byte[] {1})
                .status()).as("only the lead unit").isEqualTo(403);
        assertThat(item(a).path("evidence").get(0).path("fileName").asText()).isEqualTo("验收报告.pdf");
        assertThat(item(a).path("evidence").get(0).path("period").asText()).isEqualTo("2026-Q3");
        TestPlans.complete(api, "staff-scjgj", awaitTask("staff-scjgj", "REPORT_PROGRESS", planId), report("DONE", 100, null));
        assertThat(item(a).path("item").path("status").asText()).isEqualTo("DONE_PENDING");
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "VERIFY_CLOSURE", planId), "{\"outcome\":\"close\"}");
        assertThat(item(a).path("item").path("status").asText()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT count(*) FROM act_ru_job j JOIN supervised_item i ON i.process_instance_id = j.process_instance_id_ WHERE i.id = ?")
                .param(a).query(Long.class).single()).as("a closed item keeps no timer").isZero();
        assertThat(api.get("/api/plans/" + planId, "supervisor").json().path("status").asText()).isEqualTo("ISSUED");

        JsonNode red = api.get("/api/supervision/items?plan=" + planId + "&light=RED", "leader").items();
        assertThat(red.findValuesAsText("id")).contains(String.valueOf(c));
        List<String> history = new ArrayList<>();
        item(a).path("history").forEach(event -> history.add(event.path("action").asText()));
        assertThat(history).containsSubsequence("ITEM_ASSIGNED", "ASSIGNMENT_ACCEPTED", "REPORT_OPENED", "REPORT_SUBMITTED",
                "REPORT_REVIEWED", "REPORT_SUBMITTED", "REPORT_REVIEWED", "REPORT_OPENED", "REPORT_SUBMITTED",
                "CLOSURE_VERIFIED", "ITEM_CLOSED");
    }

    @Test
    void an_item_without_lead_unit_is_assigned_first_ad_hoc_items_run_alike_and_the_plan_closes_with_its_last_item() {
        long planId = TestPlans.issued(api, """
                {"title":"销号测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],
                 "items":[{"indicator":"开展计量器具检定","leadUnit":{"code":"scjgj"},"dueDate":"2026-06-30"},
                          {"indicator":"推进建筑工程质量提升","leadUnit":{"name":"区质量兴区委员会"},"dueDate":"2026-06-30"}]}"""
                .formatted(System.nanoTime()), "[\"town-3\"]");
        JsonNode assigned = api.get("/api/plans/" + planId + "/supervision", "supervisor").items();
        assertThat(assigned.get(1).path("leadUnit").path("code").isNull()).isTrue();
        assertThat(assigned.get(1).path("responsibleLeader").asText()).as("the plan's 分管领导").isEqualTo("leader");

        // The supervision office names the lead unit of the unmatched item first.
        String assign = api.taskOf("supervisor", "ASSIGN_LEAD_UNIT", planId);
        ApiClient.Response nowhere = api.post("/api/tasks/" + assign + "/complete", "supervisor", "{\"outcome\":\"assign\",\"leadUnit\":\"nowhere\"}");
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.json().path("field").asText()).isEqualTo(SupervisionFields.LEAD_UNIT);
        assertThat(nowhere.json().path("code").asText()).isEqualTo(SupervisionProblem.LEAD_UNIT_UNKNOWN.name());
        TestPlans.complete(api, "supervisor", assign, "{\"outcome\":\"assign\",\"leadUnit\":\"zjj\"}");
        accept("staff-scjgj", planId, "2026-05-31");
        accept("staff-zjj", planId, "2026-05-31");

        // An ad-hoc item from a leader's instruction goes to its lead unit the same way.
        ApiClient.Response notSupervisor = api.post("/api/supervision/items", "drafter", "{\"title\":\"x\"}");
        assertThat(notSupervisor.status()).isEqualTo(403);
        ApiClient.Response badSource = api.post("/api/supervision/items", "supervisor", """
                {"title":"整治农贸市场计量作弊","source":"传闻","leadUnit":"scjgj","dueDate":"2026-09-30"}""");
        assertThat(badSource.status()).isEqualTo(400);
        assertThat(badSource.json().path("field").asText()).isEqualTo(SupervisionFields.SOURCE);
        assertThat(badSource.json().path("code").asText()).isEqualTo(SupervisionProblem.SOURCE_INVALID.name());
        JsonNode adHoc = api.post("/api/supervision/items", "supervisor", """
                {"title":"整治农贸市场计量作弊","source":"领导批示","sourceText":"李副区长批示：请市场监管局牵头整治",
                 "leadUnit":"scjgj","coopUnits":["swj"],"dueDate":"2026-09-30","cadence":"MONTHLY","leader":"leader"}""").json();
        assertThat(adHoc.path("source").asText()).isEqualTo("LEADER_INSTRUCTION");
        assertThat(adHoc.path("planId").isNull()).isTrue();
        assertThat(api.get("/api/tasks?kind=ACCEPT_ASSIGNMENT&size=200", "staff-scjgj").json().findValuesAsText("planTitle"))
                .contains("整治农贸市场计量作弊");

        // Both items report DONE at the quarter's end and are closed: the plan is CLOSED with the last.
        clock.moveTo("2026-04-01T09:00:00+08:00");
        TestPlans.complete(api, "staff-scjgj", awaitTask("staff-scjgj", "REPORT_PROGRESS", planId), report("DONE", 100, null));
        TestPlans.complete(api, "staff-zjj", awaitTask("staff-zjj", "REPORT_PROGRESS", planId), report("DONE", 100, null));
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "VERIFY_CLOSURE", planId), "{\"outcome\":\"close\"}");
        assertThat(api.get("/api/plans/" + planId, "supervisor").json().path("status").asText()).isEqualTo("ISSUED");
        String last = api.taskOf("supervisor", "VERIFY_CLOSURE", planId);
        ApiClient.Response reopenSilently = api.post("/api/tasks/" + last + "/complete", "supervisor", "{\"outcome\":\"reopen\"}");
        assertThat(reopenSilently.status()).isEqualTo(400);
        TestPlans.complete(api, "supervisor", last, "{\"outcome\":\"close\"}");
        assertThat(api.get("/api/plans/" + planId, "supervisor").json().path("status").asText()).isEqualTo("CLOSED");
    }

    private long issuedPlan() {
        return TestPlans.issued(api, """
                {"title":"督办测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"},"coopUnits":[{"code":"fgw"}],"dueDate":"2026-09-30"},
                          {"indicator":"开展企业质量提升行动","leadUnit":{"code":"jxj"},"dueDate":"2026-04-30"},
                          {"indicator":"落实质量奖励资金","leadUnit":{"code":"czj"},"dueDate":"2026-05-15"}]}""".formatted(System.nanoTime()), "[\"ALL_STREETS\"]");
    }

    private void accept(String username, long planId, String milestoneDue) {
        TestPlans.complete(api, username, api.taskOf(username, "ACCEPT_ASSIGNMENT", planId), "{\"outcome\":\"accept\","
                + "\"measures\":\"按计划推进\",\"milestones\":[{\"text\":\"完成方案\",\"due\":\"" + milestoneDue + "\"}],"
                + "\"responsible\":\"张科长\"}");
    }

    private static String report(String status, int percent, String problems) {
        return "{\"outcome\":\"report\",\"progress\":\"按计划推进\",\"percent\":" + percent + ",\"status\":\"" + status + "\""
                + (problems == null ? "" : ",\"problems\":\"" + problems + "\"") + ",\"nextSteps\":\"继续推进\"}";
    }

    private JsonNode item(long id) {
        return api.get("/api/supervision/items/" + id, "supervisor").json();
    }

    /** The timer runs within seconds of the clock moving, then the task is in the unit's inbox. */
    private String awaitTask(String username, String kind, long planId) {
        LadderSteps.awaitUntil(() -> api.get("/api/tasks?size=200&kind=" + kind, username).json().path("items").findValuesAsText("planId")
                .contains(String.valueOf(planId)));
        return api.taskOf(username, kind, planId);
    }

    private static long idOf(JsonNode items, int seq) {
        for (JsonNode item : items) {
            if (item.path("seq").asInt() == seq) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("No item " + seq + " in " + items);
    }
}
