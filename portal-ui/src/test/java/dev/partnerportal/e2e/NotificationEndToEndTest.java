package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.EventReactions;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Notifications in Chromium: an editor writes an item for Retail and a manager publishes it; Alice, whose
 * organization serves Retail, sees it under the bell and in her next steps on the home page; Carol, whose
 * organization serves Retail too but who turned news for her industries off, gets nothing.
 */
@PortalWebTest
class NotificationEndToEndTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    private String northwindIndustries;
    private String contosoIndustries;

    @BeforeEach
    void bothOrganizationsServeRetailAndCarolTurnedNewsOff() {
        northwindIndustries = jdbc.queryForObject("select coalesce(industries, '') from partner_organization where name = 'Northwind Traders'", String.class);
        contosoIndustries = jdbc.queryForObject("select coalesce(industries, '') from partner_organization where name = 'Contoso Ltd'", String.class);
        jdbc.update("update partner_organization set version = version + 1, industries = 'Retail' where name in ('Northwind Traders', 'Contoso Ltd')");
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
        // "New since your last visit": a visit other tests recorded under a test clock set later would hide it.
        jdbc.update("delete from notification_home_visit");
        jdbc.update("insert into notification_preference (user_id, kind, channel) "
                + "select id, 'NEW_CONTENT', 'OFF' from portal_user where email = 'carol@contoso.test'");
    }

    @AfterEach
    void restore() {
        jdbc.update("update partner_organization set version = version + 1, industries = nullif(?, '') where name = 'Northwind Traders'", northwindIndustries);
        jdbc.update("update partner_organization set version = version + 1, industries = nullif(?, '') where name = 'Contoso Ltd'", contosoIndustries);
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
    }

    @Test
    void aPartnerOfTheIndustrySeesTheNewItemUnderTheBellAndOnHerHomeAndOneWhoTurnedItOffGetsNothing() {
        var title = "Retail playbook " + UUID.randomUUID().toString().substring(0, 8);
        signInAs("editor@vendor.test", "/workspace");
        open("/content/edit");
        waitFor(By.cssSelector("#field-title input")).sendKeys(title);
        driver.findElement(By.cssSelector("#field-body textarea")).sendKeys("How to sell to **retailers**.");
        var industries = driver.findElement(By.cssSelector("#field-industries input"));
        industries.sendKeys("Retail");
        waitFor(By.cssSelector("vaadin-multi-select-combo-box-item"));
        industries.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.ESCAPE);
        click("editor-save");
        waitForText("editor-status", "Draft");
        click("editor-submit");
        waitForText("editor-status", "In review");
        var editorUrl = URI.create(driver.getCurrentUrl()).getPath();
        var slug = jdbc.queryForObject("select slug from content_item where id = ?", String.class,
                Long.parseLong(editorUrl.substring(editorUrl.lastIndexOf('/') + 1)));

        driver.manage().deleteAllCookies();
        signInAs("manager@vendor.test", "/workspace");
        open(editorUrl);
        click("editor-approve");
        waitForText("editor-status", "Published");
        EventReactions.awaitSettled(context);

        driver.manage().deleteAllCookies();
        signInAs("alice@northwind.test", "/partner");
        waitForText("next-steps-list", title);
        waitForText("notification-unread", "1");
        click("notification-bell");
        waitForText("notification-list", title);
        driver.executeScript("arguments[0].click();", waitFor(By.xpath(
                "//vaadin-button[contains(@class, 'portal-notification-subject') and contains(., '" + title + "')]")));
        waitForPath("/library/" + slug);
        waitForText("item-title", title);
        assertThat(jdbc.queryForObject("select count(*) from notification n join portal_user u on u.id = n.recipient_id "
                + "where u.email = 'alice@northwind.test' and n.read_at is not null", Long.class)).isEqualTo(1);

        driver.manage().deleteAllCookies();
        signInAs("carol@contoso.test", "/partner");
        waitFor(By.id("next-steps"));
        assertThat(driver.findElement(By.id("next-steps")).getText()).doesNotContain(title);
        waitFor(By.id("notification-bell"));
        // With nothing unread the badge is not rendered at all.
        assertThat(driver.findElements(By.id("notification-unread"))).allMatch(badge -> !badge.isDisplayed());
        click("notification-bell");
        waitFor(By.id("notification-none"));
        assertThat(jdbc.queryForObject("select count(*) from notification n join portal_user u on u.id = n.recipient_id "
                + "where u.email = 'carol@contoso.test'", Long.class)).isZero();
    }

    private void signInAs(String email, String landing) {
        open("/login");
        waitFor(By.cssSelector("input[name='username']")).sendKeys(email);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitForPath(landing);
    }

    /** Clicks through JavaScript: buttons may sit below the fold or under a closing overlay. */
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
