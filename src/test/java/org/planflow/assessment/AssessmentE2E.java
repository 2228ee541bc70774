package org.planflow.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.Browser;
import org.planflow.BrowserStory;

/** A lead unit's staff self-assess in the browser: evidence uploaded to the indicator, criterion scores, submitted. */
class AssessmentE2E extends BrowserStory {

    private static final int SEQ = TestAssessments.LED_BY_SCJGJ;

    @Test
    void a_lead_unit_uploads_evidence_scores_its_indicator_and_submits_from_the_inbox() {
        ApiClient api = new ApiClient(port);
        TestAssessments.Opened opened = TestAssessments.open(api, "浏览器考核自评测试方案 " + System.nanoTime());
        String taskId = api.taskOf("staff-scjgj", "SELF_ASSESS", opened.planId());

        Page page = browser.loggedIn("staff-scjgj", "demo");
        assertThat(page.locator("h2")).hasText("我的待办");
        page.locator("vaadin-button.inbox-open[data-task='" + taskId + "']").click();
        assertThat(page.locator("#task-title")).hasText("自评并提交佐证材料");

        // The indicator the unit leads: its evidence list gets the uploaded file.
        Locator indicator = page.locator("#indicator-" + SEQ);
        assertThat(indicator).containsText(opened.indicator());
        indicator.locator("#evidence-upload-" + SEQ + " input[type=file]").setInputFiles(
                new FilePayload("质量强区政策文件.txt", "text/plain", "区政府关于质量强区的意见".getBytes(StandardCharsets.UTF_8)));
        assertThat(indicator.locator("#evidence-" + SEQ + " a.evidence-link")).hasText("质量强区政策文件.txt");

        indicator.locator("#self-score-" + SEQ + "-0 input").fill("2");
        indicator.locator("#self-score-" + SEQ + "-1 input").fill("1.5");
        indicator.locator("#self-explanation-" + SEQ + " textarea").fill("已出台政策文件；发生一般质量事故一起");
        assertThat(indicator.locator("#self-total-" + SEQ)).hasText("自评得分：3.5 / 4 分");
        Browser.screenshot(page, "assessment-self-assess");

        page.locator("#self-assess-submit").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button]").click();
        assertThat(page).hasURL(Pattern.compile(".*/inbox$"));
        assertThat(page.locator("vaadin-button.inbox-open[data-task='" + taskId + "']")).hasCount(0);

        JsonNode scored = indicator(api, opened);
        org.assertj.core.api.Assertions.assertThat(scored.path("selfScore").decimalValue()).isEqualByComparingTo("3.5");
        org.assertj.core.api.Assertions.assertThat(scored.path("evidence")).extracting(node -> node.path("fileName").asText())
                .containsExactly("质量强区政策文件.txt");
    }

    private static JsonNode indicator(ApiClient api, TestAssessments.Opened opened) {
        ApiClient.Response sheet = api.get("/api/assessments/" + opened.assessmentId(), "staff-scjgj");
        org.assertj.core.api.Assertions.assertThat(sheet.status()).isEqualTo(200);
        for (JsonNode scored : sheet.json().path("indicators")) {
            if (scored.path("indicator").path("itemSeq").asInt() == SEQ) {
                return scored;
            }
        }
        throw new AssertionError("no indicator " + SEQ);
    }
}
