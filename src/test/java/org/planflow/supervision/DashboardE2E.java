package org.planflow.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.TestPlans;
import org.planflow.supervision.process.TaskSupervisionProcess;
import org.springframework.beans.factory.annotation.Autowired;

/** The leader opens the dashboard, clicks a unit's red bar and reaches the overdue item behind it. */
class DashboardE2E extends BrowserStory {

    @Autowired
    ManagementService management;
    @Autowired
    SupervisedItemService items;

    @Test
    void the_leader_clicks_the_red_bar_of_a_unit_and_reaches_the_item() {
        ApiClient api = new ApiClient(port);
        String indicator = "统计数据质量核查 " + System.nanoTime();
        long planId = TestPlans.issued(api, """
                {"title":"看板浏览器测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"核查。"}],
                 "items":[{"indicator":"%s","leadUnit":{"code":"tjj"},"dueDate":"2026-01-30"}]}""".formatted(System.nanoTime(), indicator),
                "[\"town-2\"]");
        TestPlans.complete(api, "staff-tjj", api.taskOf("staff-tjj", "ACCEPT_ASSIGNMENT", planId), "{\"outcome\":\"accept\","
                + "\"measures\":\"开展核查\",\"milestones\":[{\"text\":\"完成核查\",\"due\":\"2026-01-15\"}],\"responsible\":\"刘科长\"}");
        long itemId = api.get("/api/plans/" + planId + "/supervision", "leader").items().get(0).path("id").asLong();
        // Its due date is long past: the due timer flags it now rather than waiting for the job executor.
        management.executeJob(management.createJobQuery().processInstanceId(items.load(itemId).processInstanceId())
                .activityId(TaskSupervisionProcess.TIMER_ITEM_DUE).singleResult().getId());

        Page leader = browser.loggedIn("leader", "demo");
        leader.navigate(browser.url("/supervision/dashboard"));
        Locator chart = leader.locator("#chart-overdue-by-unit");
        assertThat(chart.locator("canvas")).isVisible();
        Browser.screenshot(leader, "supervision-dashboard");

        // A real click on the bar of 区统计局, found where the chart draws it.
        leader.waitForFunction("() => document.querySelector('#chart-overdue-by-unit').__chart !== undefined");
        Object point = chart.evaluate("""
                el => { const c = el.__chart; const y = c.convertToPixel({yAxisIndex: 0}, '区统计局');
                        const x = c.convertToPixel({xAxisIndex: 0}, 0.5); return [x, y]; }""");
        java.util.List<?> xy = (java.util.List<?>) point;
        BoundingBox box = chart.boundingBox();
        leader.mouse().click(box.x + ((Number) xy.get(0)).doubleValue(), box.y + ((Number) xy.get(1)).doubleValue());

        assertThat(leader).hasURL(Pattern.compile(".*/supervision/items\\?.*light=RED.*"));
        Locator row = leader.locator("[data-item='" + itemId + "']");
        assertThat(row).isVisible();
        assertThat(row).hasAttribute("data-light", "RED");
        row.click();
        assertThat(leader).hasURL(Pattern.compile(".*/supervision/items/" + itemId + "$"));
        assertThat(leader.locator("#item-indicator")).hasText(indicator);
        Browser.screenshot(leader, "supervision-dashboard-drilled");
    }
}
