package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebPostgresTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * One flow in Chromium on PostgreSQL (the context {@code ApiOnPostgresTest} starts): a Gold partner signs in,
 * the library lists items, and the demo cheat sheet opens.
 */
@PortalWebPostgresTest
class PostgresEndToEndTest extends BrowserTest {

    @Test
    void aPartnerSignsInFindsAnItemInTheLibraryAndOpensIt() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        open("/login");
        signIn("alice@northwind.test", DEMO_PASSWORD);
        waitForPath("/partner");
        open("/library");
        // The list's first rows: the newest items, which other tests on this database may have published.
        waitFor(By.cssSelector("#library-grid .library-item-link"));
        open("/library/commerce-suite-retail");
        waitForText(By.id("item-title"), "Commerce Suite for retailers");
    }
}
