package org.planflow.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.organization.UserAdminService;
import org.planflow.organization.UserForm;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's open Vaadin UI when the administrator ends their account's sessions meanwhile. */
class SessionEndE2E extends BrowserStory {

    @Autowired
    UserAdminService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_open_ui_goes_to_the_login_page_at_its_next_click_once_the_password_is_reset_elsewhere() {
        RunAs.user("admin", Set.of(Roles.ADMIN), () -> users.create(new UserForm("test-e2e-open", "测试账户", "swj",
                Set.of(Roles.UNIT_STAFF), null, "Chushi-2026")));
        jdbc.sql("UPDATE app_user SET must_change_password = false WHERE username = 'test-e2e-open'").update();
        Page page = browser.loggedIn("test-e2e-open", "Chushi-2026");
        page.locator("vaadin-side-nav-item").first().waitFor();

        // Not a disable: at a navigation the UI itself would log a disabled account out (ui.AccountGuard), while
        // after a reset it would only send it to its password change; the session's end is the filter's work.
        RunAs.user("admin", Set.of(Roles.ADMIN), () -> users.resetPassword("test-e2e-open", null));
        page.locator("vaadin-side-nav-item").last().click();

        page.waitForURL(url -> url.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        Browser.screenshot(page, "session-ended");
    }
}
