package org.planflow.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.Seeds;
import org.planflow.importing.BreakdownWorkbook;
import org.planflow.importing.ProposedItem;
import org.planflow.importing.ProposedUnit;

class PlanApprovalE2E extends BrowserStory {

    static final String SEED = "003_2a275d039099f7ee.txt";
    static final String TITLE = "西宁市推进质量强市战略促进全市经济提质增效实施方案";

    @Test
    void the_drafter_imports_a_seed_and_the_leader_approves_it_from_the_inbox() {
        ApiClient api = new ApiClient(port);

        // The drafter imports the Xining plan and sees it with its text and breakdown table.
        Page drafter = browser.loggedIn("drafter", "demo");
        drafter.navigate(browser.url("/plans"));
        drafter.locator("#import-plan input[type=file]").setInputFiles(new FilePayload(SEED, "text/plain", Seeds.bytes(SEED)));
        assertThat(drafter.locator("#plan-title")).hasText(TITLE);
        assertThat(drafter.locator("#plan-status")).hasText("起草中");
        assertThat(drafter).hasURL(Pattern.compile(".*/plan/\\d+$"));
        Browser.screenshot(drafter, "plan-imported-detail");
        long planId = Long.parseLong(drafter.url().replaceAll(".*/plan/", ""));

        // From the inbox the drafter sends it on, straight to the first leader, without consultation.
        drafter.navigate(browser.url("/tasks/" + api.taskOf("drafter", "DRAFT", planId)));
        assertThat(drafter.locator("#approver-leader")).isVisible();
        Browser.screenshot(drafter, "plan-submit-draft");
        drafter.locator("#submit-draft").click();
        assertThat(drafter).hasURL(Pattern.compile(".*/inbox$"));

        ApiClient.Response reviewed = api.post("/api/tasks/" + api.taskOf("reviewer", "DEPT_REVIEW", planId) + "/complete",
                "reviewer", "{\"outcome\":\"pass\"}");
        org.assertj.core.api.Assertions.assertThat(reviewed.status()).isEqualTo(204);

        // The leader finds it in the inbox, reads it and approves.
        Page leader = browser.loggedIn("leader", "demo");
        assertThat(leader.locator("#inbox-grid")).containsText(TITLE);
        leader.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(TITLE)).first().dblclick();
        assertThat(leader.locator("#task-title")).hasText("领导审批");
        assertThat(leader.locator("#plan-sections")).containsText("充分认识质量强市战略的重大意义");
        Browser.screenshot(leader, "plan-leader-approval");
        leader.locator("#form-outcome vaadin-radio-button", new Page.LocatorOptions().setHasText("同意")).click();
        leader.locator("#complete-task").click();
        assertThat(leader).hasURL(Pattern.compile(".*/inbox$"));

        leader.navigate(browser.url("/plan/" + planId));
        assertThat(leader.locator("#plan-status")).hasText("已批准待印发");
        Browser.screenshot(leader, "plan-approved");
    }

    @Test
    void the_drafter_reads_a_breakdown_table_from_excel_into_the_editor_and_a_bad_row_changes_nothing() {
        ApiClient api = new ApiClient(port);
        long planId = api.post("/api/plans", "drafter", "{\"title\":\"Excel 导入测试方案\"}").json().path("id").asLong();
        byte[] good = BreakdownWorkbook.write("Excel 导入测试方案", List.of(
                new ProposedItem(1, "质量基础", "建设计量检测中心", new BigDecimal("10"), "建成得10分",
                        new ProposedUnit("scjgj", "区市场监管局"), List.of(new ProposedUnit("fgw", "区发展改革委")), null),
                new ProposedItem(2, "质量基础", "开展质量提升行动", new BigDecimal("5"), null,
                        new ProposedUnit("jxj", "区经信局"), List.of(), null)));

        Page drafter = browser.loggedIn("drafter", "demo");
        drafter.navigate(browser.url("/plan-edit/" + planId));
        drafter.locator("#breakdown-import input[type=file]").setInputFiles(
                new FilePayload("bad.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "not a workbook".getBytes()));
        assertThat(drafter.locator("#breakdown-import-errors")).isVisible();
        drafter.locator("#breakdown-import input[type=file]").setInputFiles(new FilePayload("table.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", good));
        assertThat(drafter.locator("#editor-total-score")).containsText("15");
        assertThat(drafter.locator("#editor-items")).containsText("建设计量检测中心");
        Browser.screenshot(drafter, "plan-editor-excel");
        drafter.locator("#save-plan").click();
        assertThat(drafter.locator("#editor-revision")).containsText("2");
        org.assertj.core.api.Assertions.assertThat(api.get("/api/plans/" + planId, "drafter").json().path("items")).hasSize(2);
    }


}
