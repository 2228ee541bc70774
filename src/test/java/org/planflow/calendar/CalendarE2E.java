package org.planflow.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarE2E extends BrowserStory {

    @Autowired
    WorkingCalendar calendar;


    @Test
    void the_administrator_opens_the_calendar_checks_a_day_and_has_a_bad_file_refused() {
        Page page = browser.loggedIn("admin", "demo");
        page.navigate(browser.url("/admin/calendar"));
        page.locator("#calendar-year").click();
        page.locator("vaadin-select-list-box vaadin-select-item", new Page.LocatorOptions().setHasText("2026年")).click();

        assertThat(page.locator("h2")).hasText("工作日历");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("工作日历"))).isVisible();
        assertThat(page.locator("#day-2026-02-16")).hasAttribute("data-kind", "holiday");
        assertThat(page.locator("#calendar-no-data-warning")).isHidden();
        Browser.screenshot(page, "calendar-2026-admin");

        page.locator("#day-2026-02-16").click();
        assertThat(page.locator("#calendar-day-current")).containsText("春节");
        page.waitForTimeout(500);
        Browser.screenshot(page, "calendar-day-dialog");
        page.locator("#calendar-day-cancel").click();

        // The real upload request, outside the UI lock, must still run as the logged-in administrator.
        String csv = "date,kind,name\n2027-01-01,HOLIDAY,元旦\n2027-03-03,WORKDAY,调休\n";
        page.locator("#calendar-import input[type=file]").setInputFiles(
                new FilePayload("2027.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#calendar-import-errors")).containsText("第 3 行");
        page.locator("#calendar-import-errors").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "calendar-import-refused");

        page.locator("#calendar-year").click();
        page.locator("vaadin-select-list-box vaadin-select-item", new Page.LocatorOptions().setHasText("2027年")).click();
        assertThat(page.locator("#calendar-no-data-warning")).hasText("2027年尚无国务院节假日安排数据，按周一至周五工作日计算");
        org.assertj.core.api.Assertions.assertThat(calendar.hasOfficialData(2027)).isFalse();
    }
}
