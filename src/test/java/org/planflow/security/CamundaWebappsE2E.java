package org.planflow.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.plan.process.PlanApprovalProcess;

class CamundaWebappsE2E extends BrowserStory {

    @Test
    void admin_opens_cockpit_with_the_planflow_login_and_no_second_password() {
        Page page = browser.loggedIn("admin", "demo");

        Response cockpit = page.navigate(browser.url("/camunda/app/cockpit/default/"));
        assertThat(cockpit.status()).isEqualTo(200);
        LocatorAssertions.ContainsTextOptions patiently = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
        assertThat(page.locator("body")).containsText("Process Definitions", patiently);
        assertThat(page.locator("body")).containsText("系统管理员", patiently);
        Browser.screenshot(page, "cockpit-admin");
    }

    @Test
    void cockpits_own_changes_carry_camundas_csrf_token_and_are_answered() {
        String definition = new ApiClient(port).get("/engine-rest/process-definition?latestVersion=true&key=" + PlanApprovalProcess.KEY,
                "admin").json().get(0).path("id").asText();
        Page page = browser.loggedIn("admin", "demo");

        // The runtime view asks for its instances with POST queries, which Camunda's CSRF filter checks.
        Response query = page.waitForResponse(response -> response.url().contains("/camunda/api/")
                        && "POST".equals(response.request().method()),
                () -> page.navigate(browser.url("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime")));

        assertThat(query.status()).isEqualTo(200);
        assertThat(query.request().headers()).containsKey("x-xsrf-token");
    }

    @Test
    void township_staff_are_refused_the_camunda_webapps() {
        Page page = browser.loggedIn("staff-town-1", "demo");

        Response cockpit = page.navigate(browser.url("/camunda/app/cockpit/default/"));
        assertThat(cockpit.status()).isEqualTo(403);
    }
}
