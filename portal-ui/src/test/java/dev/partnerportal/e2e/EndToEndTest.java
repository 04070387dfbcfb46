package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The flows people care about, in a real Chromium against the running portal. */
@PortalWebTest
class EndToEndTest {

    private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");
    private static final String DEEP_TEXT = """
            function text(node) {
              let result = '';
              if (node.shadowRoot) { result += text(node.shadowRoot); }
              for (const child of node.childNodes) {
                if (child.nodeType === 3) { result += child.textContent; }
                else if (child.nodeType === 1 || child.nodeType === 11) { result += ' ' + text(child); }
              }
              return result;
            }
            return text(arguments[0]).replace(/\\s+/g, ' ');""";

    private static ChromeDriver driver;

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
        }
    }

    @BeforeEach
    void freshSession() {
        jdbc.update("delete from login_throttle");
        jdbc.update("update portal_user set preferred_locale = null");
        driver.manage().deleteAllCookies();
    }

    @AfterEach
    void screenshot(TestInfo test) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
                driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aPartnerSignsInSeesTheirHomeAndSignsOut() {
        open("/");
        waitForPath("/login");
        var sessionBeforeLogin = sessionCookie();

        signIn("alice@northwind.test", DEMO_PASSWORD);

        waitForPath("/partner");
        var card = waitFor(By.id("organization-card"));
        assertThat(card.getText()).contains("Northwind Traders", "Gold", "Reseller");
        assertThat(sessionCookie()).as("session id changes at login").isNotEqualTo(sessionBeforeLogin);

        waitFor(By.id("logout")).click();
        waitForPath("/login");
        open("/partner");
        waitForPath("/login");
    }

    @Test
    void anEditorSignsInAndSeesTheEditorNavigation() {
        open("/login");
        signIn("editor@vendor.test", DEMO_PASSWORD);

        waitForPath("/workspace");
        waitFor(By.id("workspace"));
        assertThat(navigationLabels()).containsExactly("Workspace", "Library", "Content", "My account");
    }

    @Test
    void aBadPasswordShowsOneMessageThatDoesNotRevealWhetherTheAccountExists() {
        open("/login");
        signIn("alice@northwind.test", "not the password");
        var forKnownAccount = loginError();

        open("/login");
        signIn("nobody@northwind.test", "not the password");
        var forUnknownAccount = loginError();

        assertThat(forKnownAccount).contains("The email or password is not right").isEqualTo(forUnknownAccount);
    }

    @Test
    void aPersonWhoPrefersArabicGetsARightToLeftPortal() {
        jdbc.update("update portal_user set preferred_locale = 'ar' where email = 'bob@northwind.test'");
        open("/login");
        signIn("bob@northwind.test", DEMO_PASSWORD);

        waitForPath("/partner");
        waitFor(By.id("organization-card"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "rtl".equals(documentAttribute("dir")));
        assertThat(documentAttribute("lang")).isEqualTo("ar");
        assertThat(navigationLabels()).contains("الرئيسية", "حسابي");
        var drawer = driver.findElement(By.cssSelector(".portal-drawer"));
        var width = ((Number) js().executeScript("return window.innerWidth")).intValue();
        assertThat(drawer.getRect().getX()).as("the drawer moves to the right-hand side").isGreaterThan(width / 2);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void signIn(String username, String password) {
        waitFor(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    private String loginError() {
        waitForPath("/login");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> String.valueOf(URI.create(d.getCurrentUrl()).getQuery()).contains("error"));
        var form = waitFor(By.tagName("vaadin-login-form"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> form.getDomAttribute("error") != null);
        return (String) js().executeScript(DEEP_TEXT, form);
    }

    private List<String> navigationLabels() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav-item")));
        return driver.findElements(By.tagName("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private String documentAttribute(String name) {
        return (String) js().executeScript("return document.documentElement.getAttribute(arguments[0])", name);
    }

    private String sessionCookie() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? "" : cookie.getValue();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the browser shows {@code path}; the query string (Spring's {@code ?continue}) is ignored. */
    private void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    private JavascriptExecutor js() {
        return driver;
    }
}
