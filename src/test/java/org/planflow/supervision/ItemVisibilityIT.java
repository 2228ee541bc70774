package org.planflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What each relation sees of a supervised item (docs/security.md, "Who may see what"), over HTTP. The plan: item 1
 * led by 区市场监管局 with 区发展改革委 cooperating, item 2 led by 区经信局, delivered to 乡镇一 as well.
 */
@PlanFlowTest
class ItemVisibilityIT {

    private static final String RESPONSIBLE = "张科长";
    private static final String PROBLEMS = "选址尚未获批";
    private static final String REVIEW = "请补充选址审批进展";
    private static final String CONTRIBUTION = "已协调用地指标";

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;

    @Test
    void a_cooperating_unit_sees_the_reports_problems_and_a_member_unit_not_on_the_item_its_ledger_row_only() {
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.issued(api, """
                {"title":"事项可见性测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"},"coopUnits":[{"code":"fgw"}],"dueDate":"2027-09-30"},
                          {"indicator":"开展企业质量提升行动","leadUnit":{"code":"jxj"},"dueDate":"2027-09-30"}]}"""
                .formatted(System.nanoTime()), "[\"town-1\"]");
        JsonNode assigned = api.get("/api/plans/" + planId + "/supervision", "supervisor").items();
        long first = assigned.get(0).path("id").asLong();
        accept(api, "staff-scjgj", planId, RESPONSIBLE);
        accept(api, "staff-jxj", planId, "李科长");
        String process = assigned.get(0).path("processInstanceId").asText();
        management.executeJob(management.createJobQuery().processInstanceId(process).activityId("Timer_PeriodEnd").singleResult().getId());
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "REPORT_PROGRESS", planId), "{\"outcome\":\"report\","
                + "\"progress\":\"完成选址论证\",\"percent\":30,\"status\":\"BEHIND\",\"problems\":\"" + PROBLEMS + "\"}");
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "REVIEW_REPORT", planId),
                "{\"outcome\":\"return\",\"comment\":\"" + REVIEW + "\"}");
        assertThat(api.post("/api/supervision/items/" + first + "/contributions", "staff-fgw", "{\"text\":\"" + CONTRIBUTION + "\"}")
                .status()).isEqualTo(201);

        // The cooperating unit and the government office see the item whole.
        for (String reader : new String[] {"staff-fgw", "office", "drafter"}) {
            JsonNode whole = api.get("/api/supervision/items/" + first, reader).json();
            assertThat(whole.path("standing").asText()).as(reader).isEqualTo("FULL");
            assertThat(whole.path("item").path("responsible").asText()).as(reader).isEqualTo(RESPONSIBLE);
            assertThat(whole.path("reports").get(0).path("problems").asText()).as(reader).isEqualTo(PROBLEMS);
            assertThat(whole.path("reports").get(0).path("reviewComment").asText()).as(reader).isEqualTo(REVIEW);
            assertThat(whole.path("contributions").get(0).path("text").asText()).as(reader).isEqualTo(CONTRIBUTION);
        }
        assertThat(api.get("/api/plans/" + planId + "/timeline?size=500", "staff-fgw").body()).contains(REVIEW, RESPONSIBLE);
        long second = assigned.get(1).path("id").asLong();
        assertThat(api.get("/api/supervision/items/" + second, "drafter").json().path("standing").asText())
                .as("the plan's office, in its lead department").isEqualTo("FULL");

        // 区经信局, a member unit not on item 1, sees its ledger row and light as the 通报 tells them, and nothing more.
        ApiClient.Response ledger = api.get("/api/supervision/items/" + first, "staff-jxj");
        assertThat(ledger.status()).isEqualTo(200);
        JsonNode row = ledger.json();
        assertThat(row.path("standing").asText()).isEqualTo("LEDGER");
        assertThat(row.path("item").path("light").asText()).isIn("GREEN", "YELLOW", "RED");
        assertThat(row.path("item").path("measures").asText()).isEqualTo("按计划推进");
        assertThat(row.path("item").path("latestReport").path("progress").asText()).isEqualTo("完成选址论证");
        assertThat(row.path("item").path("latestReport").path("percent").asInt()).isEqualTo(30);
        for (String hidden : new String[] {"reports", "contributions", "extensions", "notices", "evidence", "history"}) {
            assertThat(row.path(hidden)).as(hidden).isEmpty();
        }
        assertThat(ledger.body()).doesNotContain(RESPONSIBLE, PROBLEMS, REVIEW, CONTRIBUTION);
        JsonNode planItems = api.get("/api/plans/" + planId + "/supervision", "staff-jxj").items();
        assertThat(planItems.get(0).path("responsible").isNull()).isTrue();
        assertThat(planItems.get(1).path("responsible").asText()).as("its own item").isEqualTo("李科长");
        JsonNode memberTimeline = api.get("/api/plans/" + planId + "/timeline?size=500", "staff-jxj").items();
        assertThat(memberTimeline.findValuesAsText("what")).contains("ITEM_ASSIGNED", "ASSIGNMENT_ACCEPTED", "REPORT_SUBMITTED")
                .doesNotContain("REPORT_REVIEWED", "CONTRIBUTION_ADDED");
        assertThat(memberTimeline.toString()).doesNotContain(RESPONSIBLE, REVIEW).contains("李科长");
        assertThat(api.get("/api/supervision/items/" + first + "/evidence/1", "staff-jxj").status()).isEqualTo(404);

        // The administrator sees every item as a member unit does.
        assertThat(api.get("/api/supervision/items/" + first, "admin").json().path("standing").asText()).isEqualTo("LEDGER");
        assertThat(api.get("/api/plans/" + planId + "/supervision", "admin").body()).doesNotContain(RESPONSIBLE, PROBLEMS);

        // 乡镇一 reads the plan but carries none of its tasks: its items are not for it, and an item is unknown to it.
        ApiClient.Response list = api.get("/api/plans/" + planId + "/supervision", "staff-town-1");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.body()).doesNotContain("区市场监管局", "区经信局");
        ApiClient.Response unknown = api.get("/api/supervision/items/" + first, "staff-town-1");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asText()).isEqualTo("No supervised item " + first);
        assertThat(api.get("/api/plans/" + planId + "/timeline?size=500", "staff-town-1").items().findValuesAsText("what"))
                .contains("ISSUED").doesNotContain("ITEM_ASSIGNED", "ASSIGNMENT_ACCEPTED", "REPORT_SUBMITTED");
        ApiClient.Response contribute = api.post("/api/supervision/items/" + first + "/contributions", "staff-town-1",
                "{\"text\":\"试图补充\"}");
        assertThat(contribute.status()).as("an unknown item before any refusal").isEqualTo(404);
    }

    private static void accept(ApiClient api, String username, long planId, String responsible) {
        TestPlans.complete(api, username, api.taskOf(username, "ACCEPT_ASSIGNMENT", planId), "{\"outcome\":\"accept\","
                + "\"measures\":\"按计划推进\",\"milestones\":[{\"text\":\"完成选址\",\"due\":\"2027-06-30\"}],"
                + "\"responsible\":\"" + responsible + "\"}");
    }
}
