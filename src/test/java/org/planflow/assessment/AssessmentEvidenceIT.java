package org.planflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.LadderTest;
import org.planflow.TestPlans;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A lead unit's first-quarter progress report becomes its evidence: the year's submitted reports of the item
 * made from the indicator's row are offered, one is linked once, and it counts as evidence for the points claimed.
 */
@LadderTest
class AssessmentEvidenceIT {

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2027-01-04T09:00:00+08:00");
    }

    @Test
    void a_progress_report_of_the_year_is_linked_as_evidence_once_and_counts_for_the_points_claimed() {
        long planId = TestPlans.issued(api, """
                {"title":"关联进展报告测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"考核指标","body":"按表考核。"}],
                 "items":[{"category":"质量基础","indicator":"建设计量检测中心","score":4,"scoringMethod":"建成并投入使用（4分）",
                           "leadUnit":{"code":"scjgj"},"coopUnits":[{"code":"czj"}],"dueDate":"2027-12-31"}]}"""
                .formatted(System.nanoTime()), "[\"town-1\"]");
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "ACCEPT_ASSIGNMENT", planId), "{\"outcome\":\"accept\","
                + "\"measures\":\"按计划建设\",\"milestones\":[{\"text\":\"建成\",\"due\":\"2027-12-31\"}],\"responsible\":\"王科长\"}");
        clock.moveTo("2027-04-01T09:00:00+08:00");
        LadderSteps.awaitUntil(() -> api.get("/api/tasks?size=200&kind=REPORT_PROGRESS", "staff-scjgj").json().path("items")
                .findValuesAsText("planId").contains(String.valueOf(planId)));
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "REPORT_PROGRESS", planId), "{\"outcome\":\"report\","
                + "\"progress\":\"检测中心主体完工\",\"percent\":60,\"status\":\"ON_TRACK\",\"nextSteps\":\"设备安装\"}");

        ApiClient.Response opened = api.post("/api/plans/" + planId + "/assessments", "supervisor",
                "{\"year\":2027,\"deadlineWorkingDays\":10}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().path("id").asLong();
        JsonNode reports = api.get("/api/assessments/" + id + "/indicators/1/reports", "staff-scjgj").items();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).path("period").asText()).isEqualTo("2027-Q1");
        long reportId = reports.get(0).path("reportId").asLong();

        ApiClient.Response unknown = api.post("/api/assessments/" + id + "/indicators/1/evidence/reports", "staff-scjgj",
                "{\"reportId\":" + (reportId + 1000) + "}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("code").asText()).isEqualTo(AssessmentProblem.REPORT_NOT_LINKABLE.name());
        ApiClient.Response stranger = api.post("/api/assessments/" + id + "/indicators/1/evidence/reports", "staff-jxj",
                "{\"reportId\":" + reportId + "}");
        assertThat(stranger.status()).as("a unit outside the assessment may not know of it").isEqualTo(404);
        assertThat(stranger.body()).doesNotContain("NOT_RESPONSIBLE");
        ApiClient.Response linked = api.post("/api/assessments/" + id + "/indicators/1/evidence/reports", "staff-scjgj",
                "{\"reportId\":" + reportId + "}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().path("label").asText()).isEqualTo("2027-Q1");
        ApiClient.Response twice = api.post("/api/assessments/" + id + "/indicators/1/evidence/reports", "staff-czj",
                "{\"reportId\":" + reportId + "}");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("code").asText()).isEqualTo(AssessmentProblem.EVIDENCE_REPEATED.name());

        // the link is the evidence the claimed points need; the cooperating unit cannot remove it
        long evidenceId = linked.json().path("id").asLong();
        ApiClient.Response notYours = api.delete("/api/assessments/" + id + "/evidence/" + evidenceId, "staff-czj");
        assertThat(notYours.status()).isEqualTo(409);
        assertThat(notYours.body()).contains(String.valueOf(evidenceId));
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "SELF_ASSESS", planId),
                "{\"outcome\":\"submit\",\"scores\":[{\"itemSeq\":1,\"score\":4,\"explanation\":\"主体完工\"}]}");
        JsonNode indicator = api.get("/api/assessments/" + id, "supervisor").json().path("indicators").get(0);
        assertThat(indicator.path("selfScore").decimalValue()).isEqualByComparingTo("4");
        assertThat(indicator.path("evidence").findValues("reportId")).extracting(JsonNode::asLong).containsExactly(reportId);
    }
}
