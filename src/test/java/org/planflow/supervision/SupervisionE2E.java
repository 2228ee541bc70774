package org.planflow.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.TestPlans;
import org.planflow.supervision.process.TaskSupervisionProcess;
import org.springframework.beans.factory.annotation.Autowired;

/** A township's staff submit their quarterly progress report in the browser; the supervisor reviews it. */
class SupervisionE2E extends BrowserStory {

    @Autowired
    ManagementService management;
    @Autowired
    SupervisedItemService items;

    @Test
    void a_township_submits_its_report_and_the_supervisor_accepts_it() {
        ApiClient api = new ApiClient(port);
        String indicator = "推进乡镇质量服务站建设 " + System.nanoTime();
        long planId = TestPlans.issued(api, """
                {"title":"浏览器督办测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"建设服务站。"}],
                 "items":[{"indicator":"%s","leadUnit":{"code":"town-1"},"dueDate":"2027-06-30"}]}""".formatted(System.nanoTime(), indicator), "[\"town-1\"]");
        TestPlans.complete(api, "staff-town-1", api.taskOf("staff-town-1", "ACCEPT_ASSIGNMENT", planId), "{\"outcome\":\"accept\","
                + "\"measures\":\"选址并建设服务站\",\"milestones\":[{\"text\":\"完成选址\",\"due\":\"2027-03-31\"}],\"responsible\":\"王站长\"}");
        long itemId = api.get("/api/plans/" + planId + "/supervision", "supervisor").items().get(0).path("id").asLong();
        // The quarter ends: its timer runs now rather than in weeks.
        String process = items.load(itemId).processInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(process)
                .activityId(TaskSupervisionProcess.TIMER_PERIOD_END).singleResult().getId());

        // The township's staff fill in the report; a missing progress text is refused beside its field.
        Page town = browser.loggedIn("staff-town-1", "demo");
        town.navigate(browser.url("/tasks/" + api.taskOf("staff-town-1", "REPORT_PROGRESS", planId)));
        assertThat(town.locator("#task-title")).hasText("报送进展");
        town.locator("#report-percent input").fill("40");
        town.locator("#submit-report").click();
        assertThat(town.locator("#report-progress")).hasAttribute("invalid", "");
        town.locator("#report-progress textarea").fill("已完成选址，正在办理用地手续。");
        town.locator("#report-status vaadin-radio-button", new Page.LocatorOptions().setHasText("正常推进")).click();
        town.locator("#report-next-steps textarea").fill("下季度开工建设");
        Browser.screenshot(town, "supervision-report");
        town.locator("#submit-report").click();
        assertThat(town).hasURL(Pattern.compile(".*/inbox$"));

        // The supervisor finds the report, reads it and accepts it; the item's page shows it accepted.
        Page supervisor = browser.loggedIn("supervisor", "demo");
        supervisor.navigate(browser.url("/tasks/" + api.taskOf("supervisor", "REVIEW_REPORT", planId)));
        assertThat(supervisor.locator("#task-workspace")).containsText("已完成选址，正在办理用地手续。");
        Browser.screenshot(supervisor, "supervision-review");
        supervisor.locator("#accept-report").click();
        assertThat(supervisor).hasURL(Pattern.compile(".*/inbox$"));

        supervisor.navigate(browser.url("/supervision/items/" + itemId));
        assertThat(supervisor.locator("#reports-grid")).containsText("40");
        assertThat(supervisor.locator("#history-grid")).containsText("审核进展报告");
        Browser.screenshot(supervisor, "supervision-item");
        supervisor.navigate(browser.url("/supervision/items"));
        assertThat(supervisor.locator("[data-item='" + itemId + "']")).isVisible();
        Browser.screenshot(supervisor, "supervision-items");
    }
}
