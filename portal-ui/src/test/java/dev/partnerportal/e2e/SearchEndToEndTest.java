package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in a real Chromium: the field in the top bar suggests titles as the partner types and opens the
 * results page on Enter; results link to the item; a Registered partner never sees the Gold-only title.
 */
@PortalWebTest
class SearchEndToEndTest extends BrowserTest {

    static final String GOLD_PLAYBOOK = "Gold partner deal desk playbook";

    private void signInAs(String email) {
        open("/login");
        signIn(email, DEMO_PASSWORD);
        waitForPath("/partner");
    }

    private String text(String id) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText());
    }

    private void waitUntilContains(String id, String text) {
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id(id)).isEmpty() && d.findElement(By.id(id)).getText().contains(text));
    }

    @Test
    void aPartnerSearchesFromTheTopBarAndOpensAResult() {
        signInAs("alice@northwind.test");
        var field = waitFor(By.cssSelector("#portal-search input"));
        field.sendKeys("Gold partner de");
        var suggestion = new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .filter(item -> item.getText().equals(GOLD_PLAYBOOK)).findFirst().orElse(null));
        assertThat(suggestion).isNotNull();

        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "deal desk");
        field.sendKeys(Keys.ENTER);
        waitForPath("/search");
        waitUntilContains("search-hits", GOLD_PLAYBOOK);
        assertThat(text("search-summary")).contains("for \"deal desk\"");
        assertThat(driver.findElements(By.cssSelector("#search-hits mark"))).isNotEmpty();

        driver.findElement(By.linkText(GOLD_PLAYBOOK)).click();
        new WebDriverWait(driver, PATIENCE).until(d -> URI.create(d.getCurrentUrl()).getPath().startsWith("/library/"));
        waitUntilContains("item-title", GOLD_PLAYBOOK);
    }

    @Test
    void aRegisteredPartnerNeverSeesTheGoldOnlyTitle() {
        signInAs("carol@contoso.test");
        open("/search?q=deal%20desk%20playbook");
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("search-summary")).isEmpty()
                        && !d.findElement(By.id("search-summary")).getText().isBlank());
        assertThat(text("search-hits")).doesNotContain(GOLD_PLAYBOOK);

        var field = waitFor(By.cssSelector("#portal-search input"));
        field.sendKeys("Gold partner deal desk", Keys.ENTER);
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> text("search-summary").contains("Gold partner deal desk"));
        assertThat(text("search-hits")).doesNotContain(GOLD_PLAYBOOK);
    }
}
