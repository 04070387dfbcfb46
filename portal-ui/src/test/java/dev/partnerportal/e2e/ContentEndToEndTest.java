package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Publishing in a real Chromium: an editor writes a Gold-only item and submits it, a channel manager
 * approves it, a Gold partner sees it, and a Registered partner sees it nowhere (list, URL, API).
 */
@PortalWebTest
class ContentEndToEndTest extends BrowserTest {

    @Test
    void anEditorWritesAManagerApprovesGoldSeesItAndRegisteredDoesNot() {
        var title = "Gold briefing " + UUID.randomUUID().toString().substring(0, 8);
        signInAs("editor@vendor.test", "/workspace");
        open("/content/edit");
        waitFor(By.cssSelector("#field-title input")).sendKeys(title);
        driver.findElement(By.cssSelector("#field-body textarea")).sendKeys("Only for **Gold** partners.");
        var tiers = driver.findElement(By.cssSelector("#field-tiers input"));
        tiers.sendKeys("GOLD");
        waitFor(By.cssSelector("vaadin-multi-select-combo-box-item"));
        tiers.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.ESCAPE);
        click("editor-save");
        waitForText("editor-status", "Draft");
        click("editor-submit");
        waitForText("editor-status", "In review");
        var editorUrl = URI.create(driver.getCurrentUrl()).getPath();
        assertThat(editorUrl).matches("/content/edit/\\d+");
        var id = editorUrl.substring(editorUrl.lastIndexOf('/') + 1);
        var slug = jdbc.queryForObject("select slug from content_item where id = ?", String.class, Long.parseLong(id));
        assertThat(jdbc.queryForObject("select audience_tiers from content_item where id = ?", String.class, Long.parseLong(id)))
                .isEqualTo("|GOLD|");

        driver.manage().deleteAllCookies();
        signInAs("manager@vendor.test", "/workspace");
        open(editorUrl);
        click("editor-approve");
        waitForText("editor-status", "Published");

        driver.manage().deleteAllCookies();
        signInAs("alice@northwind.test", "/partner");
        open("/library");
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> gridText().contains(title));
        open("/library/" + slug);
        waitForText("item-title", title);
        var api = new ApiClient(port);
        assertThat(api.get("/api/content/" + id, api.tokenFor("alice@northwind.test", DEMO_PASSWORD)).status()).isEqualTo(200);

        driver.manage().deleteAllCookies();
        signInAs("carol@contoso.test", "/partner");
        open("/library");
        // Newest first: had Carol been allowed to see the new item, it would be the first row.
        waitFor(By.cssSelector("#library-grid .library-item-link"));
        assertThat(gridText()).doesNotContain(title);
        open("/library/" + slug);
        waitFor(By.id("not-found-view"));
        assertThat(driver.findElements(By.id("item-title"))).isEmpty();
        var carolToken = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        assertThat(api.get("/api/content/" + id, carolToken).status()).isEqualTo(404);
        assertThat(api.get("/api/content?q=" + slug.substring(slug.length() - 8), carolToken).body()).doesNotContain(title);
    }

    private void signInAs(String email, String landing) {
        open("/login");
        waitFor(By.cssSelector("input[name='username']")).sendKeys(email);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> URI.create(d.getCurrentUrl()).getPath().equals(landing));
    }

    private String gridText() {
        var grids = driver.findElements(By.id("library-grid"));
        return grids.isEmpty() ? "" : grids.getFirst().getText();
    }

    /** Clicks through JavaScript: the editor's buttons may sit below the fold or under a closing overlay. */
    private void click(String id) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", waitFor(By.id(id)));
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            var found = d.findElements(By.id(id));
            return !found.isEmpty() && String.valueOf(found.getFirst().getDomProperty("textContent")).contains(text);
        });
    }
}
