package org.planflow;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser story: the whole application and one Chromium for all of the class's tests. */
@PlanFlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserStory {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeAll
    void launchBrowser() {
        // A page's first load after logging in fetches the application's scripts: with the whole suite running on two
        // cores that took 5–20 s, longer than Playwright's default 5 s for an assertion.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }
}
