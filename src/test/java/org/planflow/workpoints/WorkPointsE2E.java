package org.planflow.workpoints;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.TestPlans;

/**
 * The office's drafter draws a three-year plan's 2028 work points (年度工作要点) in the browser: ticks one item, dates it
 * in June, lands in the new draft's editor, and the plan's tab then links 2028 to it.
 */
class WorkPointsE2E extends BrowserStory {

    @Test
    void a_drafter_draws_next_years_work_points_and_the_years_row_links_to_the_new_draft() {
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.issued(api, """
                {"title":"浏览器三年行动方案 %d","period":{"start":"2027-01-01","end":"2029-12-31"},
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"},"dueDate":"2029-06-30"},
                          {"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}""".formatted(System.nanoTime()),
                "[\"scjgj\",\"jxj\"]");

        Page drafter = browser.loggedIn("drafter", "demo");
        drafter.navigate(browser.url("/plan/" + planId + "?tab=workpoints"));
        drafter.locator("#draw-work-points-2028").click();
        assertThat(drafter.locator("vaadin-dialog-overlay[opened]")).containsText("2028年工作要点");
        drafter.locator("#work-point-1").click();
        Locator due = drafter.locator("#work-point-due-1");
        BoundingBox picker = due.boundingBox();
        BoundingBox items = drafter.locator("#work-points-items").boundingBox();
        org.assertj.core.api.Assertions.assertThat(picker.x + picker.width).as("the date picker within the dialog's grid")
                .isLessThanOrEqualTo(items.x + items.width);
        Browser.typeDate(due, LocalDate.of(2028, 6, 30));
        Browser.screenshot(drafter, "work-points-draw");
        drafter.locator("#draw-work-points-create").click();
        // Drawing makes a new draft with its approval process: on a busy machine it takes longer than an assertion's 5 s.
        assertThat(drafter).hasURL(Pattern.compile(".*/plan-edit/\\d+$"), new PageAssertions.HasURLOptions().setTimeout(20_000));
        long drawnId = Long.parseLong(drafter.url().replaceAll(".*/plan-edit/", ""));
        assertThat(drafter.locator("#editor-items")).containsText("建设计量检测中心");
        assertThat(drafter.locator("#editor-items")).containsText("2028-06-30");
        assertThat(drafter.locator("#editor-items")).not().containsText("开展质量提升行动");

        drafter.navigate(browser.url("/plan/" + planId + "?tab=workpoints"));
        assertThat(drafter.locator("#work-points-years a[href='plan/" + drawnId + "']")).isVisible();
        assertThat(drafter.locator("#draw-work-points-2028")).hasCount(0);
        assertThat(drafter.locator("#draw-work-points-2029")).isVisible();
        Browser.screenshot(drafter, "work-points-tab");
    }
}
