package dev.partnerportal.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every Chromium test needs: one browser per class, a fresh session and unlocked logins per test, a
 * screenshot of the last page under {@code target/e2e-screenshots}, and waiting helpers for Vaadin pages.
 * Subclasses carry {@code @PortalWebTest}.
 */
abstract class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static ChromeDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void freshSession() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        jdbc.update("delete from throttle_entry where kind = 'PARTNER_APPLICATION'");
        jdbc.update("update portal_user set preferred_locale = null where email not in "
                + "('ildiko@duna.test', 'minjun@hanbit.test', 'huong@songhong.test', 'layla@nile.test')"); // the demo's own languages
        driver.manage().deleteAllCookies();
    }

    @AfterEach
    void screenshot(TestInfo test) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName() + ".png"),
                driver.getScreenshotAs(OutputType.BYTES));
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    void signIn(String username, String password) {
        waitFor(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    /** Types into the input of the Vaadin field with this id. */
    void type(String id, String text) {
        waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea")).sendKeys(text);
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(locator));
    }

    /**
     * Waits until the element's text is {@code text}. Vaadin may replace the element while re-rendering, so a
     * stale reference is looked up again rather than failing the test.
     */
    void waitForText(By locator, String text) {
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(locator).getText().equals(text));
    }

    /** Waits until the browser shows {@code path}; the query string (Spring's {@code ?continue}) is ignored. */
    void waitForPath(String path) {
        new WebDriverWait(driver, PATIENCE).until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    JavascriptExecutor js() {
        return driver;
    }
}
