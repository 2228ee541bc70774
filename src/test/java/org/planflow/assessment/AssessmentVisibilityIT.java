package org.planflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.shared.Formats;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Until a year's results are published, a unit sees its own self-assessment and nobody else's, and neither the office's
 * scores nor the leader's comments (docs/security.md, "Who may see what"): in the assessment, its results and the
 * plan's timeline alike; once published, the plan's readers see them all. The plan: indicator 1 led by
 * 区市场监管局 with 区经信局 cooperating, indicator 2 led by 区发展改革委; delivered to 乡镇一 as well.
 */
@PlanFlowTest
class AssessmentVisibilityIT {

    private static final String FGW_SCORE = "#2=3";
    private static final String SCJGJ_SCORE = "#1=2";
    private static final String OFFICE_REASON = "佐证材料不全，扣1分";
    private static final String LEADER_COMMENT = "请复核第2项扣分";

    @LocalServerPort
    int port;

    @Test
    void each_unit_sees_its_own_self_score_and_neither_the_office_scores_nor_the_leaders_comment_until_published() {
        ApiClient api = new ApiClient(port);
        int year = LocalDate.now(Formats.DISTRICT_ZONE).getYear();
        long planId = TestPlans.issued(api, """
                {"title":"考核可见性测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"考核指标","body":"按任务分解表考核。"}],
                 "items":[{"category":"质量基础","indicator":"出台质量强区政策","score":4,
                           "scoringMethod":"制定出台促进质量提升发展政策性文件（2分）；未发生重大质量安全事故（2分）",
                           "leadUnit":{"code":"scjgj"},"coopUnits":[{"code":"jxj"}],"dueDate":"2027-12-31"},
                          {"category":"质量提升","indicator":"开展质量提升行动","score":3,"leadUnit":{"code":"fgw"},
                           "dueDate":"2027-12-31"}]}""".formatted(System.nanoTime()), "[\"town-1\"]");
        ApiClient.Response opened = api.post("/api/plans/" + planId + "/assessments", "supervisor",
                "{\"year\":" + year + ",\"deadlineWorkingDays\":10}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().path("id").asLong();

        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "SELF_ASSESS", planId), """
                {"outcome":"submit","scores":[{"itemSeq":1,"explanation":"未发生事故","criteria":[{"index":0,"score":0},{"index":1,"score":2}]}]}""");
        assertThat(api.postFile("/api/assessments/" + id + "/indicators/2/evidence", "staff-fgw", "file", "行动方案.txt",
                "质量提升行动".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        TestPlans.complete(api, "staff-fgw", api.taskOf("staff-fgw", "SELF_ASSESS", planId),
                "{\"outcome\":\"submit\",\"scores\":[{\"itemSeq\":2,\"score\":3,\"explanation\":\"已开展\"}]}");
        TestPlans.complete(api, "staff-jxj", api.taskOf("staff-jxj", "SELF_ASSESS", planId), "{\"outcome\":\"submit\"}");

        // Self-assessed: each unit finds its own submission on the timeline, not the other's.
        assertThat(timeline(api, planId, "staff-scjgj")).contains(SCJGJ_SCORE).doesNotContain(FGW_SCORE, "行动方案.txt");
        assertThat(timeline(api, planId, "staff-fgw")).contains(FGW_SCORE, "行动方案.txt").doesNotContain(SCJGJ_SCORE);
        assertThat(timeline(api, planId, "staff-town-1")).doesNotContain(SCJGJ_SCORE, FGW_SCORE);

        // The office lowers 区发展改革委's score; the leader returns it once, then it is scored again.
        String scores = "{\"outcome\":\"submit\",\"scores\":[{\"itemSeq\":2,\"score\":2,\"reason\":\"" + OFFICE_REASON + "\"}]}";
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "SCORE_ASSESSMENT", planId), scores);
        TestPlans.complete(api, "leader", api.taskOf("leader", "APPROVE_ASSESSMENT", planId),
                "{\"outcome\":\"return\",\"comment\":\"" + LEADER_COMMENT + "\"}");
        assertThat(api.get("/api/assessments/" + id, "supervisor").json().path("assessment").path("returnComment").asText())
                .isEqualTo(LEADER_COMMENT);
        JsonNode fgwSheet = api.get("/api/assessments/" + id, "staff-fgw").json();
        assertThat(fgwSheet.path("assessment").path("returnComment").isNull()).as("the leader's comment").isTrue();
        assertThat(fgwSheet.path("indicators").get(0).path("selfScore").decimalValue()).isEqualByComparingTo("3");
        assertThat(fgwSheet.path("indicators").get(0).path("officeScore").isNull()).isTrue();
        assertThat(fgwSheet.toString()).doesNotContain(OFFICE_REASON, LEADER_COMMENT);
        assertThat(api.get("/api/assessments", "staff-fgw").body()).doesNotContain(LEADER_COMMENT);
        JsonNode early = api.get("/api/plans/" + planId + "/assessments/" + year, "staff-fgw").json();
        assertThat(early.path("units")).as("no line computed from the office's scores").isEmpty();
        assertThat(early.path("district").isNull()).isTrue();
        for (String unit : new String[] {"staff-fgw", "staff-scjgj", "staff-town-1", "office", "admin"}) {
            assertThat(timeline(api, planId, unit)).as(unit).doesNotContain(OFFICE_REASON, LEADER_COMMENT, "ASSESSMENT_SCORED",
                    "ASSESSMENT_DECIDED");
        }
        assertThat(timeline(api, planId, "supervisor")).contains(LEADER_COMMENT, FGW_SCORE, SCJGJ_SCORE);

        // Published: every reader of the plan sees the whole assessment on the timeline; the unit its office score.
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "SCORE_ASSESSMENT", planId), scores);
        TestPlans.complete(api, "leader", api.taskOf("leader", "APPROVE_ASSESSMENT", planId), "{\"outcome\":\"approve\"}");
        for (String unit : new String[] {"staff-fgw", "staff-scjgj", "staff-town-1"}) {
            assertThat(timeline(api, planId, unit)).as(unit).contains(SCJGJ_SCORE, FGW_SCORE, LEADER_COMMENT, "ASSESSMENT_SCORED");
        }
        JsonNode published = api.get("/api/assessments/" + id, "staff-fgw").json();
        assertThat(published.path("indicators").get(0).path("officeScore").decimalValue()).isEqualByComparingTo("2");
        assertThat(published.path("indicators").get(0).path("reason").asText()).isEqualTo(OFFICE_REASON);
        JsonNode results = api.get("/api/plans/" + planId + "/assessments/" + year, "staff-fgw").json();
        assertThat(results.path("units").findValuesAsText("code")).containsExactly("fgw");
        assertThat(results.path("district").path("base").decimalValue()).isEqualByComparingTo("4");
    }

    @Test
    void the_reports_an_indicator_may_link_are_refused_to_a_unit_not_responsible_for_it_and_unknown_to_others() {
        ApiClient api = new ApiClient(port);
        int year = LocalDate.now(Formats.DISTRICT_ZONE).getYear();
        long planId = TestPlans.issued(api, """
                {"title":"佐证报告权限测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"考核指标","body":"按表考核。"}],
                 "items":[{"category":"质量基础","indicator":"建设计量检测中心","score":4,"leadUnit":{"code":"scjgj"},
                           "coopUnits":[{"code":"jxj"}],"dueDate":"2027-12-31"},
                          {"category":"质量提升","indicator":"开展质量提升行动","score":3,"leadUnit":{"code":"fgw"},
                           "dueDate":"2027-12-31"}]}""".formatted(System.nanoTime()), "[\"town-1\"]");
        long id = api.post("/api/plans/" + planId + "/assessments", "supervisor", "{\"year\":" + year + ",\"deadlineWorkingDays\":10}")
                .json().path("id").asLong();

        assertThat(api.get("/api/assessments/" + id + "/indicators/1/reports", "staff-jxj").status()).isEqualTo(200);
        assertThat(api.get("/api/assessments/" + id + "/indicators/1/reports", "supervisor").status()).isEqualTo(200);
        ApiClient.Response notResponsible = api.get("/api/assessments/" + id + "/indicators/2/reports", "staff-jxj");
        assertThat(notResponsible.status()).isEqualTo(400);
        assertThat(notResponsible.json().path("code").asText()).isEqualTo(AssessmentProblem.NOT_RESPONSIBLE.name());
        assertThat(notResponsible.body()).doesNotContain("区发展改革委");
        ApiClient.Response stranger = api.get("/api/assessments/" + id + "/indicators/1/reports", "staff-town-1");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.json().path("detail").asText()).isEqualTo("No assessment " + id);
    }

    private static String timeline(ApiClient api, long planId, String username) {
        ApiClient.Response timeline = api.get("/api/plans/" + planId + "/timeline?size=500", username);
        assertThat(timeline.status()).as(username).isEqualTo(200);
        return timeline.body();
    }
}
