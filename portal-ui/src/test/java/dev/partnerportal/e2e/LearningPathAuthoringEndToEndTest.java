package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In Chromium: an editor writes a learning path of two courses, reorders them, and a partner sees that order. */
@PortalWebTest
class LearningPathAuthoringEndToEndTest extends BrowserTest {

    @AfterEach
    void removeThePath() {
        jdbc.update("delete from training_path where code = 'e2e-path'");
    }

    @Test
    void anEditorWritesAndReordersAPathAndBobSeesItInThatOrder() {
        open("/login");
        signIn("editor@vendor.test", DEMO_PASSWORD);
        waitForPath("/workspace");
        open("/training-admin");
        click(By.id("new-path"));
        type("path-code", "e2e-path");
        type("path-title", "Go-live track");
        choose(By.id("path-add-course"), "Sales fundamentals");
        choose(By.id("path-add-course"), "Implementation basics");
        click(By.id("path-course-up-implementation-basics"));
        click(By.id("path-save"));
        waitFor(By.id("path-edit-e2e-path"));

        driver.manage().deleteAllCookies();
        open("/login");
        signIn("bob@northwind.test", DEMO_PASSWORD);
        waitForPath("/partner");
        open("/training");
        var steps = waitFor(By.cssSelector("#path-e2e-path .training-path-steps")).getText();
        assertThat(steps.indexOf("Implementation basics")).isNotNegative().isLessThan(steps.indexOf("Sales fundamentals"));
    }

    private void click(By locator) {
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> {
            waitFor(locator).click();
            return true;
        });
    }

    /** Opens a vaadin-select and picks the item with {@code text}. */
    private void choose(By select, String text) {
        click(select);
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().strip().equals(text)).findFirst()
                .map(item -> {
                    item.click();
                    return true;
                }).orElse(false));
    }
}
