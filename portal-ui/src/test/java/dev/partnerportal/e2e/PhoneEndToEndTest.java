package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A salesperson checks a cheat sheet on a phone before a meeting: at a 390 x 844 viewport the home, the library
 * (with its cards), an item, the printable cheat sheet, search and certifications scroll only downwards, and no
 * title is cut (no title is wider than its box, none ends in an ellipsis).
 */
@PortalWebTest
class PhoneEndToEndTest extends BrowserTest {

    /** Titles that must show whole: page and card headings, library and search entries. */
    private static final String TITLES = "h1, h2, h3, .library-item-link, .library-card-title, .search-hit-title";

    @Test
    void everyPageFitsAPhoneAndShowsWholeTitles() {
        open("/login");
        signIn("bob@northwind.test", DEMO_PASSWORD);
        waitForPath("/partner");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        var problems = new ArrayList<String>();
        try {
            open("/partner");
            check("home", By.id("partner-home"), problems);
            open("/library/commerce-suite-retail");
            check("item", By.id("item-body"), problems);
            open("/library/commerce-suite-retail/print");
            check("cheat sheet", By.id("print-now"), problems);
            open("/search?q=commerce");
            check("search", By.cssSelector(".search-hit-title"), problems);
            open("/library");
            check("library", By.cssSelector("#library-recent .library-card-title"), problems);
            assertThat(driver.findElements(By.cssSelector("#library-recommended .library-card"))).isNotEmpty();
            assertThat(driver.findElement(By.cssSelector("#library-recent .library-card-title")).getText())
                    .isEqualTo("Commerce Suite for retailers");
            check("library list", By.cssSelector("#library-grid .library-item-link"), problems);
            open("/certifications");
            check("certifications", By.id("certifications"), problems);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(problems).isEmpty();
    }

    private void check(String page, By ready, List<String> problems) {
        waitFor(ready);
        var width = ((Number) js().executeScript("return window.innerWidth")).longValue();
        var scrollWidth = ((Number) js().executeScript("return document.documentElement.scrollWidth")).longValue();
        if (width != 390 || scrollWidth > width) {
            problems.add(page + ": scrolls sideways (" + scrollWidth + " px in a " + width + " px window)");
        }
        @SuppressWarnings("unchecked")
        var cut = (List<String>) js().executeScript("""
                return Array.from(document.querySelectorAll(arguments[0]))
                    .filter(e => e.offsetParent !== null && e.innerText.trim() !== '')
                    .filter(e => e.scrollWidth > e.clientWidth + 1 || getComputedStyle(e).textOverflow === 'ellipsis'
                        || e.getBoundingClientRect().right > window.innerWidth + 1 || e.getBoundingClientRect().left < -1)
                    .map(e => e.innerText.trim());""", TITLES);
        cut.forEach(title -> problems.add(page + ": title cut: " + title));
    }
}
