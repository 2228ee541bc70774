package org.planflow.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.TestPlans;
import org.planflow.supervision.SupervisedItemService;
import org.planflow.supervision.process.TaskSupervisionProcess;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A plan's time in the browser: the clerk settles a 2027 plan's cadence and due dates while issuing it in December 2026
 * (a date before the issue is refused beside its row), and a unit reports a target's value, which turns its item
 * yellow when behind the line from baseline to target, until the office lowers the target.
 */
class PlanTimeE2E extends BrowserStory {

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @Autowired
    ManagementService management;
    @Autowired
    SupervisedItemService items;

    @Test
    void the_clerk_changes_an_items_due_date_and_the_cadence_at_issuance_and_a_date_before_the_issue_is_refused_beside_it() {
        clock.moveTo("2026-12-05T09:00:00+08:00");
        ApiClient api = new ApiClient(port);
        String title = "2027年质量提升行动方案 " + System.nanoTime();
        long planId = api.post("/api/plans", "drafter", """
                {"title":"%s","period":{"start":"2027-01-01","end":"2027-12-31"},
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"town-1"}},
                          {"indicator":"开展质量提升行动","leadUnit":{"code":"town-1"}}]}""".formatted(title)).json().path("id").asLong();
        TestPlans.approve(api, planId);

        Page office = browser.loggedIn("office", "demo");
        office.navigate(browser.url("/tasks/" + api.taskOf("office", "ISSUE", planId)));
        assertThat(office.locator("#task-title")).hasText("印发方案");
        office.locator("#issue-units input").fill("城关镇");
        office.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("城关镇")).first().click();
        office.keyboard().press("Escape");
        assertThat(office.locator("#issue-recipient-count")).hasText("共 1 个收文单位");
        office.locator("#issue-cadence").click();
        office.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("按月报送")).click();
        Locator details = office.locator("#issue-due-dates-details");
        if (details.getAttribute("opened") == null) {
            details.locator("vaadin-details-summary").click();
        }
        // Item 1 keeps no date of its own: it falls due at the period's end, in 2027, not 26 days after the issue.
        assertThat(office.locator("#issue-due-1 input")).hasAttribute("placeholder", "2027-12-31");

        // Item 2 dated before the issue date: refused beside its row, nothing issued.
        Locator second = office.locator("#issue-due-2");
        Browser.typeDate(second, LocalDate.of(2026, 11, 30));
        issue(office);
        assertThat(second).hasAttribute("invalid", "");
        Locator refusal = second.locator("[slot=error-message]");
        assertThat(refusal).hasText("第 2 项的完成时限不能早于印发日期 2026-12-05");
        org.assertj.core.api.Assertions.assertThat((Boolean) refusal.evaluate("message => message.scrollWidth <= message.clientWidth"))
                .as("the message is read whole beside the picker, not cut at the column's edge").isTrue();
        Browser.screenshot(office, "plan-time-issue-refused");
        org.assertj.core.api.Assertions.assertThat(api.get("/api/plans/" + planId, "office").json().path("status").asText())
                .isEqualTo("APPROVED");

        Browser.typeDate(second, LocalDate.of(2027, 9, 30));
        issue(office);
        // Issuing starts the circulation and every item's supervision: on a busy machine longer than an assertion's 5 s.
        assertThat(office).hasURL(Pattern.compile(".*/inbox$"), new PageAssertions.HasURLOptions().setTimeout(20_000));

        // The supervised items carry the dates: the changed one and the period's end; both report monthly.
        Page supervisor = browser.loggedIn("supervisor", "demo");
        supervisor.navigate(browser.url("/supervision/items/" + itemId(api, planId, "开展质量提升行动")));
        assertThat(supervisor.locator("#item-due")).hasText("2027-09-30");
        assertThat(supervisor.locator("#item-cadence")).containsText("按月报送");
        Browser.screenshot(supervisor, "plan-time-item-due");
        supervisor.navigate(browser.url("/supervision/items/" + itemId(api, planId, "建设计量检测中心")));
        assertThat(supervisor.locator("#item-due")).hasText("2027-12-31");
    }

    @Test
    void a_unit_reports_its_targets_value_and_the_item_behind_its_line_shows_yellow_until_the_office_lowers_the_target() {
        // 2026, behind real time: moving the clock ahead of it would set off every timer the suite's other plans hold
        // until then, and the page would wait on the busy engine.
        clock.moveTo("2026-01-05T09:00:00+08:00");
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.issued(api, """
                {"title":"2026年抽检指标方案 %d","period":{"start":"2026-01-01","end":"2026-12-31"},
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升抽检合格率。"}],
                 "items":[{"indicator":"提升产品抽检合格率","leadUnit":{"code":"scjgj"},"dueDate":"2026-12-31","cadence":"MONTHLY",
                           "targets":[{"name":"抽检合格率","unit":"%%","direction":"GE","value":95,"baseline":90,"year":2026}]}]}"""
                .formatted(System.nanoTime()), "[\"scjgj\"]");
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "ACCEPT_ASSIGNMENT", planId), "{\"outcome\":\"accept\","
                + "\"measures\":\"按月抽检\",\"milestones\":[{\"text\":\"完成年中抽检\",\"due\":\"2026-06-30\"}],\"responsible\":\"王科长\"}");
        long itemId = itemId(api, planId, "提升产品抽检合格率");
        // January ends: its report opens now rather than when the timer's job runs.
        clock.moveTo("2026-02-02T09:00:00+08:00");
        management.executeJob(management.createJobQuery().processInstanceId(items.load(itemId).processInstanceId())
                .activityId(TaskSupervisionProcess.TIMER_PERIOD_END).singleResult().getId());

        Page unit = browser.loggedIn("staff-scjgj", "demo");
        unit.navigate(browser.url("/tasks/" + api.taskOf("staff-scjgj", "REPORT_PROGRESS", planId)));
        // The first page after logging in loads the application's scripts: on a busy machine longer than 5 s.
        assertThat(unit.locator("#task-title")).hasText("报送进展", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        Locator rate = unit.locator("#report-target-0");
        assertThat(rate.locator("[slot=label]")).hasText("抽检合格率");
        unit.locator("#report-progress textarea").fill("完成一月抽检");
        unit.locator("#report-percent input").fill("10");
        unit.locator("#report-status vaadin-radio-button", new Page.LocatorOptions().setHasText("正常推进")).click();
        unit.locator("#submit-report").click();
        assertThat(rate).hasAttribute("invalid", "");
        assertThat(rate.locator("[slot=error-message]")).hasText("请填写指标“抽检合格率”的当前值");
        // A month into a year from 90 to 95 the line stands near 90.4.
        rate.locator("input").fill("90.1");
        // Leaving the field commits its value before the click is sent.
        rate.locator("input").press("Tab");
        Browser.screenshot(unit, "plan-time-target-report");
        unit.locator("#submit-report").click();
        // Completing the report also schedules the next month's: on a busy machine it takes longer than an assertion's 5 s.
        assertThat(unit).hasURL(Pattern.compile(".*/inbox$"), new PageAssertions.HasURLOptions().setTimeout(20_000));
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "REVIEW_REPORT", planId), "{\"outcome\":\"accept\"}");

        Page supervisor = browser.loggedIn("supervisor", "demo");
        supervisor.navigate(browser.url("/supervision/items/" + itemId));
        assertThat(supervisor.locator("#item-targets")).containsText("最新 90.1%");
        assertThat(supervisor.locator("#item-targets")).containsText("未达标");
        assertThat(supervisor.locator("#item-light")).hasAttribute("data-light", "YELLOW");
        Browser.screenshot(supervisor, "plan-time-target-yellow");

        // The office lowers the target to 90 after a revision of the plan: the reported 90.1 meets it, the item is green.
        supervisor.locator("#change-targets").click();
        Locator value = supervisor.locator("#item-target-value-0 input");
        value.fill("90");
        value.press("Tab");
        Browser.screenshot(supervisor, "plan-time-targets-change");
        supervisor.locator("#targets-save").click();
        assertThat(supervisor.locator("#targets-dialog")).hasCount(0);
        assertThat(supervisor.locator("#item-targets")).containsText("已达标");
        assertThat(supervisor.locator("#item-light")).hasAttribute("data-light", "GREEN");
    }

    /** Clicks 印发 and confirms it. */
    private static void issue(Page office) {
        office.locator("#issue-plan").click();
        office.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button]").click();
    }

    private static long itemId(ApiClient api, long planId, String indicator) {
        for (JsonNode item : api.get("/api/plans/" + planId + "/supervision?size=50", "supervisor").items()) {
            if (indicator.equals(item.path("indicator").asText())) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("no supervised item " + indicator + " in plan " + planId);
    }
}
