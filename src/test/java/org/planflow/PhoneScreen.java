package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ScreenshotScale;

/**
 * What a clerk's phone must give at every step: nothing scrolls sideways, the header stays one compact bar, and the
 * control the clerk is to touch next lies within the screen. Screenshots of the steps go to target/phone; those kept
 * in docs/images/phone are renewed with {@code -Dplanflow.phone-screenshots=docs/images/phone}.
 */
public final class PhoneScreen {

    /** A compact header: the drawer toggle, a short title and the bell in one bar (Lumo's navbar is 56–64 px). */
    public static final int MAX_HEADER_HEIGHT = 64;
    /**
     * Where the steps' screenshots go: target/phone by default, so a test run leaves the tree clean;
     * {@code -Dplanflow.phone-screenshots=docs/images/phone} renews the ones kept with the docs.
     */
    public static final Path SCREENSHOTS = Path.of(System.getProperty("planflow.phone-screenshots", "target/phone"));

    private PhoneScreen() {
    }

    /**
     * Asserts the screen fits the phone (the page does not scroll sideways, and no element reaches past its right edge,
     * which would be cut off or scroll inside a grid) and the control is wholly on screen; keeps a screenshot of it.
     */
    public static void check(Page page, String step, Locator control) {
        control.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(step + ".png")).setScale(ScreenshotScale.CSS));
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const beyond = [...document.body.querySelectorAll('*')]
                      .filter(element => !element.closest('vaadin-connection-indicator, vaadin-dev-tools')).filter(element => {
                    const box = element.getBoundingClientRect();
                    return box.width > 0 && box.height > 0 && box.right > width + 1;
                  }).map(element => element.localName + (element.id ? '#' + element.id : '')
                      + ' ' + (element.textContent || '').trim().substring(0, 20));
                  const navbar = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=navbar]');
                  return {scrollWidth: document.scrollingElement.scrollWidth, clientWidth: document.scrollingElement.clientWidth,
                          header: navbar.getBoundingClientRect().height, beyond: beyond.join(' | ')};
                }""");
        int scrollWidth = ((Number) measured.get("scrollWidth")).intValue();
        int clientWidth = ((Number) measured.get("clientWidth")).intValue();
        double header = ((Number) measured.get("header")).doubleValue();
        assertThat(scrollWidth).as("%s: the page scrolls sideways", step).isLessThanOrEqualTo(clientWidth);
        assertThat((String) measured.get("beyond")).as("%s: elements past the screen's right edge", step).isEmpty();
        assertThat(header).as("%s: the header's height", step).isLessThanOrEqualTo(MAX_HEADER_HEIGHT);
        PlaywrightAssertions.assertThat(control).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
    }
}
