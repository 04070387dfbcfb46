package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Deal registration in Chromium: Carol registers a customer Northwind already protects, sees it under review; Mona
 * sees the conflict and approves; Carol marks it won, and the Silver rule "one deal won" lifts Contoso to Silver.
 */
@PortalWebTest
class DealEndToEndTest extends BrowserTest {

    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    List<Map<String, Object>> silverRequirements;

    @AfterEach
    void restoreTiers() {
        EventReactions.awaitSettled(context);
        if (silverRequirements != null) {
            jdbc.update("delete from tier_requirement where tier_id = (select id from partner_tier where code = 'SILVER')");
            for (var row : silverRequirements) {
                jdbc.update("insert into tier_requirement (tier_id, kind, minimum, certification_code, deal_currency) values (?, ?, ?, ?, ?)",
                        row.get("tier_id"), row.get("kind"), row.get("minimum"), row.get("certification_code"), row.get("deal_currency"));
            }
        }
        jdbc.update("update partner_organization set version = version + 1, tier_id = (select id from partner_tier where code = 'REGISTERED') "
                + "where name = 'Contoso Ltd'");
    }

    @Test
    void aPartnerRegistersAConflictingDealTheManagerApprovesItAndTheWonDealLiftsTheTier() {
        clock.set(TestClockConfiguration.START);
        silverRequirements = jdbc.queryForList("select tier_id, kind, minimum, certification_code, deal_currency from tier_requirement "
                + "where tier_id = (select id from partner_tier where code = 'SILVER')");
        jdbc.update("delete from tier_requirement where tier_id = (select id from partner_tier where code = 'SILVER')");
        jdbc.update("insert into tier_requirement (tier_id, kind, minimum) select id, 'DEALS_WON', 1 from partner_tier where code = 'SILVER'");

        signInAndLand("carol@contoso.test", "/partner");
        open("/deals");
        type("deal-company", "Blue Yonder Airlines Corp.");
        type("deal-domain", "https://www.blueyonderairlines.com/fleet");
        type("deal-country", "US");
        type("deal-products", "Analytics Cloud");
        type("deal-value", "88000");
        type("deal-currency", "USD");
        // The date picker's own value property (ISO date) syncs to the server like a pick; typing would open its overlay.
        js().executeScript("arguments[0].value = '2027-01-15'; arguments[0].opened = false;", waitFor(By.id("deal-close")));
        click(waitFor(By.id("deal-register")));
        waitForText(By.id("deal-status"), "Under review");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Northwind");
        long id = jdbc.queryForObject("select id from deal_registration where customer_company = 'Blue Yonder Airlines Corp.'", Long.class);
        signOut();

        signInAndLand("manager@vendor.test", "/workspace");
        open("/deal/" + id);
        waitForContains(By.id("deal-conflicts"), "Northwind Traders");
        click(waitFor(By.id("deal-approve")));
        waitForText(By.id("deal-status"), "Approved");
        signOut();

        signInAndLand("carol@contoso.test", "/partner");
        open("/deal/" + id);
        choose(By.id("deal-new-stage"), "Won");
        type("deal-final-amount", "91500");
        click(waitFor(By.id("deal-change-save")));
        waitForText(By.id("deal-stage-now"), "Won");
        EventReactions.awaitSettled(context);
        assertThat(jdbc.queryForObject("select t.code from partner_organization o join partner_tier t on t.id = o.tier_id "
                + "where o.name = 'Contoso Ltd'", String.class)).isEqualTo("SILVER");
        open("/partner");
        waitForText(By.cssSelector("#tier-standing .portal-tier-silver"), "Silver");
    }

    /** Scrolls the element to the middle of the window first: forms sit below the lists. */
    private void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void waitForContains(By locator, String text) {
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(locator).getText().contains(text));
    }

    private void signInAndLand(String username, String landing) {
        open("/login");
        signIn(username, DEMO_PASSWORD);
        waitForPath(landing);
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
        open("/login");
        waitForPath("/login");
    }

    private void choose(By select, String text) {
        click(waitFor(select));
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                        .filter(item -> item.isDisplayed() && item.getText().strip().equals(text)).findFirst()
                        .map(item -> {
                            item.click();
                            return true;
                        }).orElse(false));
    }
}
