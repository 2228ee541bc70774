package org.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A plan whose office sits in 区市场监管局: its PLAN_OFFICE staff review, supervise and report on it, the district's
 * supervision office keeps oversight but no longer gets its office work, and other units' office staff see nothing.
 */
@LadderTest
class PlanOfficeIT {

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2026-03-02T09:00:00+08:00");
    }

    @Test
    void the_plan_office_reviews_reports_and_the_supervision_office_only_oversees() {
        long planId = TestPlans.issued(api, """
                {"title":"办公室承办测试 %d","sections":[{"outline":"一、","level":1,"heading":"组织领导","body":"领导小组办公室设在区市场监管局。"}],
                 "office":{"code":"scjgj"},
                 "leadingGroup":{"name":"区质量强区工作领导小组","leader":"分管副区长","deputies":["区市场监管局局长"],"units":["scjgj","jxj","czj"]},
                 "items":[{"indicator":"开展企业质量提升行动","leadUnit":{"code":"jxj"},"dueDate":"2026-09-30"},
                          {"indicator":"落实质量奖励资金","leadUnit":{"code":"czj"},"dueDate":"2026-09-30"}]}"""
                .formatted(System.nanoTime()), "[\"jxj\",\"czj\"]");
        JsonNode plan = api.get("/api/plans/" + planId, "staff-jxj").json();
        assertThat(plan.path("office").path("code").asText()).isEqualTo("scjgj");
        assertThat(plan.path("office").path("name").asText()).isEqualTo("区市场监管局");
        assertThat(plan.path("leadingGroup").path("leader").asText()).isEqualTo("分管副区长");
        assertThat(plan.path("leadingGroup").path("units")).extracting(JsonNode::asText).containsExactly("scjgj", "jxj", "czj");

        for (String unit : new String[] {"jxj", "czj"}) {
            String staff = "staff-" + unit;
            TestPlans.complete(api, staff, api.taskOf(staff, "ACCEPT_ASSIGNMENT", planId), "{\"outcome\":\"accept\","
                    + "\"measures\":\"按计划推进\",\"milestones\":[{\"text\":\"完成方案\",\"due\":\"2026-06-30\"}],\"responsible\":\"张科长\"}");
        }
        clock.moveTo("2026-04-01T09:00:00+08:00");
        LadderSteps.awaitUntil(() -> api.get("/api/tasks?size=200&kind=REPORT_PROGRESS", "staff-jxj").json().path("items")
                .findValuesAsText("planId").contains(String.valueOf(planId)));
        TestPlans.complete(api, "staff-jxj", api.taskOf("staff-jxj", "REPORT_PROGRESS", planId),
                "{\"outcome\":\"report\",\"progress\":\"按计划推进\",\"percent\":30,\"status\":\"ON_TRACK\",\"nextSteps\":\"继续推进\"}");

        assertThat(tasksOf("supervisor", "REVIEW_REPORT")).as("the supervision office no longer reviews").doesNotContain(String.valueOf(planId));
        assertThat(tasksOf("staff-fgw", "REVIEW_REPORT")).doesNotContain(String.valueOf(planId));
        String review = api.taskOf("staff-scjgj", "REVIEW_REPORT", planId);
        assertThat(tasksOf("reviewer", "REVIEW_REPORT")).as("every PLAN_OFFICE holder of the office's unit").contains(String.valueOf(planId));
        ApiClient.Response bySupervisor = api.post("/api/tasks/" + review + "/complete", "supervisor", "{\"outcome\":\"accept\"}");
        assertThat(bySupervisor.status()).isEqualTo(404);
        TestPlans.complete(api, "staff-scjgj", review, "{\"outcome\":\"accept\"}");

        long item = api.get("/api/plans/" + planId + "/supervision", "staff-scjgj").items().get(1).path("id").asLong();
        ApiClient.Response supervisorNotice = api.post("/api/supervision/items/" + item + "/notices", "supervisor",
                "{\"text\":\"请加快进度\",\"answerWorkingDays\":3}");
        assertThat(supervisorNotice.status()).isEqualTo(403);
        ApiClient.Response officeNotice = api.post("/api/supervision/items/" + item + "/notices", "staff-scjgj",
                "{\"text\":\"请加快资金拨付进度\",\"answerWorkingDays\":3}");
        assertThat(officeNotice.status()).as(officeNotice.body()).isEqualTo(201);

        JsonNode dashboard = api.get("/api/supervision/dashboard?plan=" + planId, "staff-scjgj").json();
        assertThat(dashboard.path("units").findValuesAsText("code")).as("the office sees every unit of its plan").contains("jxj", "czj");
        JsonNode oversight = api.get("/api/supervision/dashboard?plan=" + planId, "supervisor").json();
        assertThat(oversight.path("units").findValuesAsText("code")).contains("jxj", "czj");
        ApiClient.Response otherOffice = api.post("/api/plans/" + planId + "/quarterly-reviews", "supervisor", "{\"period\":\"2026-Q1\"}");
        assertThat(otherOffice.status()).as("the office drafts the 通报 of its plan").isEqualTo(403);
        ApiClient.Response officeReview = api.post("/api/plans/" + planId + "/quarterly-reviews", "staff-scjgj", "{\"period\":\"2026-Q1\"}");
        assertThat(officeReview.status()).as(officeReview.body()).isEqualTo(201);
        LadderSteps.awaitUntil(() -> tasksOf("staff-scjgj", "QUARTERLY_REPORT").contains(String.valueOf(planId)));
        assertThat(tasksOf("supervisor", "QUARTERLY_REPORT")).doesNotContain(String.valueOf(planId));
    }

    @Test
    void a_plan_without_an_office_keeps_its_office_work_with_the_supervision_office() {
        long planId = TestPlans.issued(api, """
                {"title":"督查室承办测试 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],
                 "items":[{"indicator":"开展企业质量提升行动","dueDate":"2026-09-30"}]}""".formatted(System.nanoTime()), "[\"jxj\"]");
        assertThat(api.get("/api/plans/" + planId, "drafter").json().path("office").isNull()).isTrue();
        assertThat(tasksOf("supervisor", "ASSIGN_LEAD_UNIT")).contains(String.valueOf(planId));
        assertThat(tasksOf("staff-scjgj", "ASSIGN_LEAD_UNIT")).doesNotContain(String.valueOf(planId));
    }

    @Test
    void an_unknown_office_or_member_unit_is_refused_beside_its_field_and_nothing_is_saved() {
        long planId = TestPlans.draft(api, "办公室校验 " + System.nanoTime());
        ApiClient.Response unknownOffice = api.put("/api/plans/" + planId, "drafter",
                "{\"title\":\"办公室校验\",\"office\":{\"code\":\"nowhere\"}}");
        assertThat(unknownOffice.status()).isEqualTo(400);
        assertThat(unknownOffice.json().path("field").asText()).isEqualTo(PlanFields.OFFICE);
        assertThat(unknownOffice.json().path("code").asText()).isEqualTo(PlanProblem.OFFICE_UNKNOWN.name());
        ApiClient.Response unknownMember = api.put("/api/plans/" + planId, "drafter",
                "{\"title\":\"办公室校验\",\"leadingGroup\":{\"name\":\"领导小组\",\"units\":[\"fgw\",\"nowhere\"]}}");
        assertThat(unknownMember.status()).isEqualTo(400);
        assertThat(unknownMember.json().path("field").asText()).isEqualTo(PlanFields.LEADING_GROUP + ".units");
        assertThat(unknownMember.json().path("code").asText()).isEqualTo(PlanProblem.LEADING_GROUP_UNIT_UNKNOWN.name());
        JsonNode unchanged = api.get("/api/plans/" + planId, "drafter").json();
        assertThat(unchanged.path("revision").asInt()).isEqualTo(1);
        assertThat(unchanged.path("office").isNull()).isTrue();

        assertThat(api.put("/api/plans/" + planId, "drafter", "{\"title\":\"办公室校验\",\"office\":{\"code\":\"scjgj\"}}").status())
                .isEqualTo(200);
        assertThat(api.get("/api/plans/" + planId, "drafter").json().path("office").path("code").asText()).isEqualTo("scjgj");
        assertThat(api.put("/api/plans/" + planId, "drafter", "{\"title\":\"办公室校验\",\"office\":{\"code\":\"\"}}").status())
                .isEqualTo(200);
        assertThat(api.get("/api/plans/" + planId, "drafter").json().path("office").isNull()).as("a blank code removes it").isTrue();
    }

    @Test
    void the_government_office_names_the_office_at_issuance() {
        long planId = TestPlans.approved(api, "印发时确定办公室 " + System.nanoTime());
        ApiClient.Response unknown = api.post("/api/tasks/" + api.taskOf("office", "ISSUE", planId) + "/complete", "office",
                "{\"outcome\":\"issue\",\"prefix\":\"区政办发\",\"form\":\"印发\",\"recipients\":[\"jxj\"],\"ackWorkingDays\":3,\"office\":\"nowhere\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("field").asText()).isEqualTo(PlanFields.OFFICE);
        assertThat(api.get("/api/plans/" + planId, "office").json().path("status").asText()).as("nothing issued").isEqualTo("APPROVED");
        TestPlans.complete(api, "office", api.taskOf("office", "ISSUE", planId),
                "{\"outcome\":\"issue\",\"prefix\":\"区政办发\",\"form\":\"印发\",\"recipients\":[\"jxj\"],\"ackWorkingDays\":3,\"office\":\"scjgj\"}");
        assertThat(api.get("/api/plans/" + planId, "office").json().path("office").path("code").asText()).isEqualTo("scjgj");
    }

    private List<String> tasksOf(String username, String kind) {
        return api.get("/api/tasks?size=200&kind=" + kind, username).json().path("items").findValuesAsText("planId");
    }
}
