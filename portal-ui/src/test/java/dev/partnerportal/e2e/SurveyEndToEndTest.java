package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Partner NPS in Chromium: a wave for Gold partners, Alice's answer, the manager's score, chart and follow-up. */
@PortalWebTest
class SurveyEndToEndTest extends BrowserTest {

    @Test
    void aManagerRunsAGoldNpsWaveAliceAnswersAndTheManagerSeesScoreChartAndFollowUp() {
        signInAndLand("manager@vendor.test", "/workspace");
        open("/survey-admin");
        waitFor(By.id("new-survey")).click();
        waitFor(By.cssSelector("#survey-title input")).sendKeys("Gold partner NPS (browser)");
        waitFor(By.id("nps-template")).click();
        waitFor(By.id("question-editor-5"));
        waitFor(By.id("save-survey")).click();
        waitUntilGone(By.id("save-survey"));

        waitFor(By.id("new-wave")).click();
        choose(By.id("wave-survey"), "Gold partner NPS (browser)");
        waitFor(By.cssSelector("#wave-name input")).sendKeys("Browser wave");
        choose(By.id("wave-audience"), "Tiers");
        click(option("wave-tiers", "vaadin-checkbox", "GOLD"));
        waitFor(By.id("save-wave")).click();
        waitUntilGone(By.id("save-wave"));
        long wave = jdbc.queryForObject("select id from survey_wave where name = 'Browser wave'", Long.class);
        signOut();

        signInAndLand("alice@northwind.test", "/partner");
        open("/surveys");
        click(waitFor(By.id("answer-" + wave)));
        waitForPath("/surveys/answer/" + wave);
        click(option("question-1", "vaadin-radio-button", "3"));
        waitFor(By.cssSelector("#question-2 textarea")).sendKeys("Faster answers from partner support.");
        click(waitFor(By.id("survey-submit")));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("survey-status"), "Submitted"));
        signOut();

        signInAndLand("manager@vendor.test", "/workspace");
        open("/survey-admin/results/" + wave);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id("nps-score"), "-100.0"));
        assertThat(waitFor(By.id("nps-counts")).getText()).isEqualTo("Promoters 0 (0 %), passives 0, detractors 1 (100 %)");
        var chart = waitFor(By.id("nps-distribution"));
        assertThat(chart.getDomAttribute("src")).startsWith("data:image/svg+xml;base64,");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                ((Number) js().executeScript("return arguments[0].naturalWidth", chart)).intValue() > 0);

        open("/follow-ups");
        var grid = waitFor(By.id("follow-ups-grid"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> grid.getText().contains("Browser wave"));
        assertThat(grid.getText()).contains("Northwind Traders", "alice@northwind.test", "Gold partner NPS (browser)");
    }

    @Test
    void inArabicTheRecommendationScaleStartsOnTheRight() {
        long wave = jdbc.queryForObject("select id from survey_wave where name = 'Q4 2026 (Gold)'", Long.class);
        jdbc.update("update portal_user set preferred_locale = 'ar' where email = 'bob@northwind.test'");
        signInAndLand("bob@northwind.test", "/partner");

        open("/surveys/answer/" + wave);
        var zero = option("question-1", "vaadin-radio-button", "0");
        var ten = option("question-1", "vaadin-radio-button", "10");

        assertThat(zero.getRect().getX()).as("0 is on the right in Arabic").isGreaterThan(ten.getRect().getX());
        assertThat(waitFor(By.id("question-1")).getText()).contains("ما مدى احتمال");
    }

    private void signInAndLand(String username, String landing) {
        open("/login");
        waitFor(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitForPath(landing);
    }

    /** Ends the session by dropping its cookie (a notification may cover the logout button). */
    private void signOut() {
        driver.manage().deleteAllCookies();
        open("/login");
        waitForPath("/login");
    }

    /** Opens a vaadin-select and picks the item with {@code text}. */
    private void choose(By select, String text) {
        waitFor(select).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().strip().equals(text)).findFirst()
                .map(item -> {
                    item.click();
                    return true;
                }).orElse(false));
    }

    /** The option (checkbox or radio button) with exactly {@code text} inside the group with id {@code group}. */
    private WebElement option(String group, String tag, String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("#" + group + " " + tag))
                .stream().filter(e -> e.isDisplayed() && e.getText().strip().equals(text)).findFirst().orElse(null));
    }

    /** Scrolls the element to the middle of the window first: earlier tests may have made the page long. */
    private void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void waitUntilGone(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }
}
