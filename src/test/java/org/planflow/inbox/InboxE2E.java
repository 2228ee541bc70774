package org.planflow.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.circulation.TestDeliveries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class InboxE2E extends BrowserStory {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;


    @Test
    void township_staff_log_in_and_find_the_plan_to_acknowledge_in_their_inbox() {
        String title = "关于印发埇桥区质量强区工作推进方案的通知 " + System.nanoTime();
        TestDeliveries.deliver(runtime, jdbc, "town-1", title, Instant.now().minus(1, ChronoUnit.DAYS));

        Page page = browser.loggedIn("staff-town-1", "demo");

        assertThat(page.locator("h2")).hasText("我的待办");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("我的待办");
        assertThat(page.locator("vaadin-grid")).containsText(title);
        assertThat(page.locator("vaadin-grid")).containsText("签收方案");
        assertThat(page.locator("vaadin-grid .overdue-badge").first()).isVisible();
        Browser.screenshot(page, "inbox-staff-town-1");

        page.locator("vaadin-grid vaadin-button", new Page.LocatorOptions().setHasText("办理")).first().click();
        assertThat(page.locator("#task-title")).hasText("签收方案");
        Browser.screenshot(page, "task-staff-town-1");
    }

    @Test
    void on_a_phone_the_navbar_folds_the_user_and_log_out_into_a_menu_and_nothing_scrolls_sideways() {
        Page page = browser.loggedIn("staff-town-1", "demo");
        assertThat(page.locator("#logout")).isVisible();
        assertThat(page.locator("#user-menu")).isHidden();
        page.setViewportSize(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        page.navigate(page.url());

        assertThat(page.locator("h2")).hasText("我的待办");
        assertThat(page.locator("#language-switch")).isHidden();
        assertThat(page.locator("#logout")).isHidden();
        assertThat(page.locator("#current-user")).isHidden();
        assertThat(page.locator("#user-menu")).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
        Assertions.assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
        Browser.screenshot(page, "inbox-staff-town-1-phone");
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_login_page_with_an_error() {
        Page page = browser.loggedInFails("staff-town-2", "wrong");

        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码不正确");
    }
}
