package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Escalations in Chromium: Alice raises a critical one, the manager responds, Alice sees the answer in time. */
@PortalWebTest
class EscalationEndToEndTest extends BrowserTest {

    @Autowired
    MutableClock clock;

    @Test
    void aPartnerRaisesACriticalEscalationTheManagerRespondsAndThePartnerSeesTheTargetMet() {
        clock.set(TestClockConfiguration.START); // Monday 09:00 UTC: the four business hours run until 13:00
        signInAndLand("alice@northwind.test", "/partner");
        open("/escalations");
        choose(By.id("escalation-severity"), "Critical");
        waitFor(By.cssSelector("#escalation-title input")).sendKeys("Browser checkout outage");
        waitFor(By.cssSelector("#escalation-description textarea")).sendKeys("Orders fail at checkout.");
        click(waitFor(By.id("escalation-raise")));
        waitForText(By.id("escalation-status"), "Open");
        long id = jdbc.queryForObject("select id from escalation where title = 'Browser checkout outage'", Long.class);
        signOut();

        signInAndLand("manager@vendor.test", "/workspace");
        open("/escalations/queue");
        waitForContains(By.id("escalation-queue-grid"), "Browser checkout outage");
        open("/escalation/" + id);
        waitFor(By.cssSelector("#escalation-message textarea")).sendKeys("We are on it: a fix ships within the hour.");
        click(waitFor(By.id("escalation-send")));
        waitForText(By.id("escalation-status"), "Acknowledged");
        signOut();

        signInAndLand("alice@northwind.test", "/partner");
        open("/escalation/" + id);
        waitForContains(By.id("escalation-history"), "We are on it: a fix ships within the hour.");
        assertThat(waitFor(By.id("escalation-response-state")).getText()).isEqualTo("Target met");
        assertThat(waitFor(By.id("escalation-status")).getText()).isEqualTo("Acknowledged");
    }

    /** Scrolls the element to the middle of the window first: the form sits below the list. */
    private void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void waitForContains(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(locator).getText().contains(text));
    }

    private void signInAndLand(String username, String landing) {
        open("/login");
        waitFor(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitForPath(landing);
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
        open("/login");
        waitForPath("/login");
    }

    private void choose(By select, String text) {
        waitFor(select).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                        .filter(item -> item.isDisplayed() && item.getText().strip().equals(text)).findFirst()
                        .map(item -> {
                            item.click();
                            return true;
                        }).orElse(false));
    }
}
