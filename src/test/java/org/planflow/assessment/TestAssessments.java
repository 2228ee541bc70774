package org.planflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.planflow.ApiClient;
import org.planflow.TestPlans;
import org.planflow.shared.Formats;

/**
 * An issued plan with two scored indicators, and this year's assessment of it opened by the supervisor:
 * #1 led by 区市场监管局 (scjgj) with two criteria, 2 points each, the first needing evidence, 区经信局 (jxj)
 * cooperating; #2 led by jxj with scjgj cooperating, 3 points, scored as a whole.
 */
public final class TestAssessments {

    public static final int LED_BY_SCJGJ = 1;
    public static final int LED_BY_JXJ = 2;

    public record Opened(long planId, long assessmentId, String indicator) {
    }

    private TestAssessments() {
    }

    public static Opened open(ApiClient api, String title) {
        String indicator = "出台质量强区政策 " + System.nanoTime();
        long planId = TestPlans.issued(api, """
                {"title":"%s","sections":[{"outline":"一、","level":1,"heading":"考核指标","body":"按任务分解表考核。"}],
                 "items":[{"category":"质量基础","indicator":"%s","score":4,
                           "scoringMethod":"制定出台促进质量提升发展政策性文件（2分）；未发生重大质量安全事故（2分）",
                           "leadUnit":{"code":"scjgj"},"coopUnits":[{"code":"jxj"}],"dueDate":"2027-12-31"},
                          {"category":"质量提升","indicator":"开展质量提升行动","score":3,"leadUnit":{"code":"jxj"},
                           "coopUnits":[{"code":"scjgj"}],"dueDate":"2027-12-31"}]}""".formatted(title, indicator), "[\"town-1\"]");
        ApiClient.Response opened = api.post("/api/plans/" + planId + "/assessments", "supervisor",
                "{\"year\":" + LocalDate.now(Formats.DISTRICT_ZONE).getYear() + ",\"deadlineWorkingDays\":10}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return new Opened(planId, opened.json().path("id").asLong(), indicator);
    }

    /** Both units submit: scjgj claims only the criterion needing no evidence (2 of 4), jxj 3 of 3 with a file. */
    public static void selfAssessed(ApiClient api, Opened opened) {
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "SELF_ASSESS", opened.planId()), """
                {"outcome":"submit","scores":[{"itemSeq":%d,"explanation":"未发生事故",
                 "criteria":[{"index":0,"score":0},{"index":1,"score":2}]}]}""".formatted(LED_BY_SCJGJ));
        ApiClient.Response file = api.postFile("/api/assessments/" + opened.assessmentId() + "/indicators/" + LED_BY_JXJ + "/evidence",
                "staff-jxj", "file", "行动方案.txt", "质量提升行动".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        TestPlans.complete(api, "staff-jxj", api.taskOf("staff-jxj", "SELF_ASSESS", opened.planId()), """
                {"outcome":"submit","scores":[{"itemSeq":%d,"score":3,"explanation":"已开展"}]}""".formatted(LED_BY_JXJ));
    }
}
