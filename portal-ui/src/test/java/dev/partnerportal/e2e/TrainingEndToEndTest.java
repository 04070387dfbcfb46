package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.support.TrainingData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In Chromium: a partner takes a course, passes the quiz, downloads the certificate, and the public page confirms it. */
@PortalWebTest
class TrainingEndToEndTest extends BrowserTest {

    @AfterEach
    void resetTraining() {
        TrainingData.reset(jdbc);
    }

    @Test
    void bobTakesTheCoursePassesTheQuizDownloadsHisCertificateAndTheVerificationPageConfirmsIt() {
        open("/login");
        signIn("bob@northwind.test", DEMO_PASSWORD);
        waitForPath("/partner");

        open("/training/course/sales-fundamentals");
        click(waitFor(By.id("resume")));
        waitForText(By.id("lesson-title"), "Know your buyer");
        click(waitFor(By.id("lesson-done")));
        waitForText(By.id("lesson-title"), "The first meeting");
        click(waitFor(By.id("lesson-done")));
        waitForText(By.id("lesson-title"), "Pricing and discounts");
        click(waitFor(By.id("lesson-done")));
        waitFor(By.id("take-quiz"));

        open("/training/quiz/sales-fundamentals-quiz");
        answerEveryQuestionRight(TrainingData.answerKey(jdbc, "sales-fundamentals-quiz"));
        click(waitFor(By.id("quiz-submit")));
        waitForText(By.id("quiz-certification"), "Congratulations, you earned the Sales Professional certification.");

        click(waitFor(By.id("to-certifications")));
        waitForPath("/certifications");
        var pdfLink = waitFor(By.cssSelector("a[id^='pdf-']"));
        @SuppressWarnings("unchecked")
        var download = (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(async r => done({type: r.headers.get('content-type'),
                    start: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5))}));""", pdfLink);
        assertThat(download).containsEntry("type", "application/pdf").containsEntry("start", "%PDF-");
        var code = waitFor(By.cssSelector("p[id^='code-']")).getText();

        driver.manage().deleteAllCookies();
        open("/verify/" + code);
        waitForText(By.id("verify-holder"), "Bob Northwind");
        assertThat(waitFor(By.id("verify-organization")).getText()).isEqualTo("Northwind Traders");
        assertThat(waitFor(By.id("verify-certification")).getText()).isEqualTo("Sales Professional");
        assertThat(waitFor(By.id("verify-status")).getText()).isEqualTo("Valid");
        assertThat(waitFor(By.id("verify-facts")).getText()).doesNotContain("bob@northwind.test");
    }

    /** Picks, for each question on the page, the options the answer key names (found by their text). */
    private void answerEveryQuestionRight(Map<String, java.util.Set<Integer>> key) {
        var questions = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector(".training-question")).size() == 4 ? d.findElements(By.cssSelector(".training-question")) : null);
        for (int number = 1; number <= questions.size(); number++) {
            var group = waitFor(By.id("question-" + number));
            var label = group.getDomProperty("label");
            var text = label.substring(label.indexOf(". ") + 2);
            var options = List.of(TrainingData.options(jdbc, text));
            for (int index : key.get(text)) {
                var wanted = options.size() == 2 && options.equals(List.of("True", "False")) ? (index == 0 ? "True" : "False") : options.get(index);
                click(option("question-" + number, wanted));
            }
        }
    }

    private WebElement option(String group, String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> d
                .findElements(By.cssSelector("#" + group + " vaadin-radio-button, #" + group + " vaadin-checkbox"))
                .stream().filter(e -> e.isDisplayed() && e.getText().strip().equals(text)).findFirst().orElse(null));
    }

    private void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
