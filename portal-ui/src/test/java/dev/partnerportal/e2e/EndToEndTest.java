package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The flows people care about, in a real Chromium against the running portal. */
@PortalWebTest
class EndToEndTest extends BrowserTest {

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

        // The side navigation is markup (MainLayout): its items still navigate in place and mark the current one.
        js().executeScript("window.portalPageLoad = 'first'");
        driver.findElements(By.tagName("vaadin-side-nav-item")).stream()
                .filter(item -> item.getText().strip().equals("Library")).findFirst().orElseThrow().click();
        waitForPath("/library");
        assertThat(js().executeScript("return window.portalPageLoad")).as("no full page load").isEqualTo("first");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item[current]"))
                .stream().map(WebElement::getText).map(String::strip).toList().equals(List.of("Library")));

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
        assertThat(navigationLabels()).containsExactly("Workspace", "Library", "Content", "Taxonomies", "Training", "Search gaps", "Industry news", "My account");
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

    private String loginError() {
        waitForPath("/login");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> String.valueOf(URI.create(d.getCurrentUrl()).getQuery()).contains("error"));
        waitFor(By.tagName("vaadin-login-form"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("vaadin-login-form")).getDomAttribute("error") != null);
        return (String) js().executeScript(DEEP_TEXT, driver.findElement(By.tagName("vaadin-login-form")));
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
}
