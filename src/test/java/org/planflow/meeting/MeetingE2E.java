package org.planflow.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.TestPlans;

/**
 * A plan that meets every quarter, in the browser: the office schedules the quarter's joint meeting on the plan's 会议
 * tab, 城关镇 answers its receipt (回执) from the inbox, the office sees it in the meeting's row and records the minutes.
 */
class MeetingE2E extends BrowserStory {

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @Test
    void the_office_schedules_a_meeting_a_town_confirms_attendance_from_its_inbox_and_the_office_records_the_minutes() {
        // Behind real time: moving the clock ahead of it would set off every timer the suite's other plans hold until then,
        // and the pages would wait on the busy engine.
        clock.moveTo("2026-03-02T09:00:00+08:00");
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.issued(api, """
                {"title":"浏览器会议测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"组织保障",
                 "body":"领导小组办公室建立联席会议制度，每季度召开一次成员单位联席会议，听取质量工作情况汇报。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"town-1"},"dueDate":"2026-12-31"}]}"""
                .formatted(System.nanoTime()), "[\"town-1\"]");

        // The office schedules the meeting with 城关镇 attending; the notice goes out.
        Page office = browser.loggedIn("supervisor", "demo");
        office.navigate(browser.url("/plan/" + planId + "?tab=meetings"));
        assertThat(office.locator("#meeting-rhythm-summary")).hasText("每季度召开一次成员单位联席会议");
        office.locator("#meetings-schedule").click();
        Browser.typeDate(office.locator("#meeting-date"), LocalDate.of(2026, 3, 20));
        office.locator("#meeting-units input").fill("城关镇");
        office.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("城关镇")).first().click();
        office.keyboard().press("Escape");
        office.locator("#meeting-chair input").fill("王副区长");
        office.locator("#meeting-agenda textarea").fill("听取一季度质量工作汇报");
        Browser.screenshot(office, "meeting-schedule");
        office.locator("#meeting-send").click();
        assertThat(office.locator("#meeting-schedule-dialog")).hasCount(0);
        Locator grid = office.locator("#meetings-grid");
        assertThat(grid).containsText("2026-03-20");
        assertThat(grid).containsText("已回执 0/1，参会 0");

        // 城关镇's staff open the receipt their inbox lists (by its address: in a long inbox its row may lie out of view) and attend.
        Page town = browser.loggedIn("staff-town-1", "demo");
        town.navigate(browser.url("/tasks/" + api.taskOf("staff-town-1", "CONFIRM_ATTENDANCE", planId)));
        assertThat(town.locator("#task-title")).hasText("会议回执");
        assertThat(town.locator("#meeting-notice-text")).containsText("听取一季度质量工作汇报");
        town.locator("#form-outcome").getByText("参会", new Locator.GetByTextOptions().setExact(true)).click();
        town.locator("#form-attendees input").fill("李明（镇长）");
        Browser.screenshot(town, "meeting-receipt");
        town.locator("#complete-task").click();
        assertThat(town).hasURL(Pattern.compile(".*/inbox$"), new PageAssertions.HasURLOptions().setTimeout(20_000));

        // The office sees the receipt in the meeting's row and, choosing it, 城关镇 attending with whom.
        office.reload();
        assertThat(grid).containsText("已回执 1/1，参会 1");
        grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("2026-03-20")).click();
        Locator receipt = office.locator("#meeting-attendance span[data-unit='town-1']");
        assertThat(receipt).hasAttribute("data-status", "ATTENDING");
        assertThat(receipt).hasText("参会");
        assertThat(office.locator("#meeting-attendance")).containsText("李明（镇长）");
        Browser.screenshot(office, "meeting-receipts");

        // After the day the office records the minutes and their decisions.
        clock.moveTo("2026-03-21T09:00:00+08:00");
        office.locator("#meeting-record-minutes").click();
        office.locator("#meeting-minutes textarea").fill("会议听取了城关镇一季度工作汇报。");
        office.locator("#meeting-decisions textarea").fill("城关镇3月底前完成选址");
        office.locator("#meeting-minutes-save").click();
        assertThat(office.locator("#meeting-minutes-text")).hasText("会议听取了城关镇一季度工作汇报。");
        assertThat(office.locator(".meeting-decision[data-position='1']")).containsText("城关镇3月底前完成选址");
        assertThat(office.locator("#meeting-minutes-docx")).isVisible();
        assertThat(grid).containsText("已记录");
        // The rhythm above follows without a reload: the quarter's meeting is held.
        assertThat(office.locator("#meeting-periods span[data-state='held']")).hasText("2026-03-20 已召开");
        Browser.screenshot(office, "meeting-minutes");
    }
}
