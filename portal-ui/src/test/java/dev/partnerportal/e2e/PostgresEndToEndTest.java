package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebPostgresTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One flow in Chromium on PostgreSQL (the context {@code ApiOnPostgresTest} starts): a Gold partner signs in,
 * finds the demo cheat sheet in the library and opens it.
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
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("library-grid")).getText().contains("Commerce Suite for retailers"));
        open("/library/commerce-suite-retail");
        waitForText(By.id("item-title"), "Commerce Suite for retailers");
    }
}
