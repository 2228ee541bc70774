package org.planflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium driven by Playwright; Playwright never downloads a browser of its own here.
 * Screenshots go to target/screenshots for a person to look at.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM_PATHS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String base;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Path chromium = CHROMIUM_PATHS.stream().map(Path::of).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("Install Debian's chromium: apt-get install -y chromium"));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
    }

    /** A fresh page (own cookies) logged in through the login form. */
    public Page loggedIn(String username, String password) {
        Page page = browser.newContext(new NewContextOptions().setViewportSize(1280, 800)).newPage();
        submitLogin(page, username, password);
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /**
     * The same on a phone: a 390 × 844 viewport at device scale 3, a touch screen, a mobile user agent's layout
     * (isMobile: the meta viewport counts, as on a real phone).
     */
    public Page loggedInOnPhone(String username, String password) {
        Page page = browser.newContext(new NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setDeviceScaleFactor(3).setIsMobile(true).setHasTouch(true)).newPage();
        submitLogin(page, username, password);
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private void submitLogin(Page page, String username, String password) {
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }

    /** Submits the login form with a wrong password; the page stays on /login?error. */
    public Page loggedInFails(String username, String password) {
        Page page = browser.newContext(new NewContextOptions().setViewportSize(1280, 800)).newPage();
        submitLogin(page, username, password);
        page.waitForURL(url -> url.contains("error"));
        return page;
    }

    public String url(String path) {
        return base + path;
    }

    /**
     * Types the day into a date picker as a person does, in the Chinese form 2027/6/30, and commits it with Enter: the
     * picker then holds the day (its ISO value), so what is clicked next sends it.
     */
    public static void typeDate(Locator picker, LocalDate day) {
        Locator input = picker.locator("input");
        input.fill(day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth());
        input.press("Enter");
        PlaywrightAssertions.assertThat(picker).hasJSProperty("value", day.toString());
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
