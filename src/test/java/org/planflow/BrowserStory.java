package org.planflow;

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
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }
}
