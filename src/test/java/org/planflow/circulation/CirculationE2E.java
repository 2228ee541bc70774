package org.planflow.circulation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.TestPlans;

/** The clerk issues an approved plan in the UI; a township acknowledges it from its inbox; the clerk sees 1/N. */
class CirculationE2E extends BrowserStory {

    @Test
    void the_clerk_issues_a_township_acknowledges_from_the_inbox_and_the_clerk_sees_it_counted() {
        ApiClient api = new ApiClient(port);
        String title = "浏览器印发测试方案 " + System.nanoTime();
        long planId = TestPlans.approved(api, title);

        // The clerk opens the ISSUE task, chooses all townships and one street office, and sees the count.
        Page office = browser.loggedIn("office", "demo");
        office.navigate(browser.url("/tasks/" + api.taskOf("office", "ISSUE", planId)));
        assertThat(office.locator("#task-title")).hasText("印发方案");
        office.locator("#issue-groups vaadin-checkbox", new Page.LocatorOptions().setHasText("全部乡镇")).click();
        Locator units = office.locator("#issue-units input");
        units.fill("沱河");
        office.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("沱河街道办事处")).click();
        office.keyboard().press("Escape");
        assertThat(office.locator("#issue-recipient-count")).hasText("共 7 个收文单位");
        assertThat(office.locator("#issue-notice-text textarea")).hasValue(Pattern.compile(".*现转发给你们，请认真贯彻执行。.*"));
        Browser.screenshot(office, "circulation-issue");
        office.locator("#issue-plan").click();
        assertThat(office.locator("vaadin-confirm-dialog-overlay")).containsText("7 个单位");
        office.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button]").click();
        assertThat(office).hasURL(Pattern.compile(".*/inbox$"));

        // The township's staff find it first in the inbox and acknowledge it from the row.
        Page town = browser.loggedIn("staff-town-1", "demo");
        town.navigate(browser.url("/inbox"));
        String task = api.taskOf("staff-town-1", "ACKNOWLEDGE", planId);
        Locator acknowledge = town.locator(".quick-acknowledge[data-task='" + task + "']");
        assertThat(acknowledge).isVisible();
        Browser.screenshot(town, "circulation-township-inbox");
        acknowledge.click();
        assertThat(town.locator("vaadin-confirm-dialog-overlay")).containsText(title);
        town.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button]").click();
        // The grid keeps its row elements for reuse, hidden: the row is gone when its button is no longer shown.
        assertThat(town.locator(".quick-acknowledge[data-task='" + task + "']")).isHidden();
        assertThat(town.locator("vaadin-notification-card")).containsText("已签收《" + title + "》");

        // The clerk's 签收情况 tab counts it: 1 of 7.
        office.navigate(browser.url("/plan/" + planId + "?tab=acknowledgements"));
        assertThat(office.locator("#plan-doc-number")).containsText("区政办发〔");
        assertThat(office.locator("#ack-totals")).containsText("1/7 已签收");
        assertThat(office.locator("#ack-grid vaadin-grid-cell-content span[data-unit='town-1']")).hasText("已签收");
        Browser.screenshot(office, "circulation-acknowledgements");
    }
}
