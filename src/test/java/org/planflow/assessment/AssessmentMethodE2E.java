package org.planflow.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.TestPlans;

/**
 * The office types a plan's 考核办法 in the browser: points short of the stated total are refused beside the total and
 * nothing is kept; once they add up the method is saved and its indicators listed by category.
 */
class AssessmentMethodE2E extends BrowserStory {

    @Test
    void the_office_types_indicators_a_short_total_is_refused_beside_it_and_the_saved_method_lists_them() {
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.issued(api, """
                {"title":"浏览器考核办法测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],
                 "items":[{"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}""".formatted(System.nanoTime()), "[\"town-1\"]");

        Page office = browser.loggedIn("supervisor", "demo");
        office.navigate(browser.url("/plans/" + planId + "/indicators"));
        assertThat(office.locator("#method-intro")).containsText("尚未制定考核办法");
        add(office, "质量提升", "质量提升行动成效", "60");
        Locator grid = office.locator("#method-grid");
        assertThat(grid).containsText("质量提升行动成效");

        // 60 of 100: refused beside the total, the row kept on screen, no method saved.
        Locator total = office.locator("#method-total");
        office.locator("#method-save").click();
        assertThat(total).hasAttribute("invalid", "");
        assertThat(total.locator("[slot=error-message]")).hasText("非加分项指标合计60分，与满分100分不符");
        assertThat(grid).containsText("质量提升行动成效");
        Browser.screenshot(office, "assessment-method-refused");
        ApiClient.Response none = api.get("/api/plans/" + planId + "/indicators", "supervisor");
        org.assertj.core.api.Assertions.assertThat(none.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(none.body()).doesNotContain("质量提升行动成效");

        add(office, "质量安全", "守住质量安全底线", "40");
        assertThat(total).not().hasAttribute("invalid", "");
        office.locator("#method-save").click();
        assertThat(office.locator("#method-intro")).containsText("本方案按考核办法考核");
        assertThat(office.locator("h4.indicator-category")).hasText(new String[] {"质量提升（60分，1项）", "质量安全（40分，1项）"});
        assertThat(office.locator(".indicator-grid").first()).containsText("质量提升行动成效");
        assertThat(office.locator(".indicator-grid").nth(1)).containsText("守住质量安全底线");
        Browser.screenshot(office, "assessment-method-saved");
    }

    /** Types one indicator row in the dialog and takes it into the grid. */
    private static void add(Page office, String category, String name, String points) {
        office.locator("#method-add").click();
        office.locator("#method-category input").fill(category);
        office.locator("#method-name input").fill(name);
        office.locator("#method-points input").fill(points);
        office.locator("#method-indicator-ok").click();
        assertThat(office.locator("#method-indicator-dialog")).hasCount(0);
    }
}
