package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.support.PortalWebTest;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Joining the program in a real browser: an applicant applies, a manager approves, the invited administrator
 * sets a password, invites a colleague and sees the onboarding journey move when a step completes.
 */
@PortalWebTest
class PartnerJourneyEndToEndTest extends BrowserTest {

    @Autowired
    MailFixtures mail;

    @Test
    void anApplicantBecomesAnActivePartnerWithAJourney() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var company = "Wide World " + suffix;
        var adminEmail = "pat-" + suffix + "@wideworld.test";

        open("/apply");
        type("apply-company", company);
        type("apply-website", "https://wideworld.test");
        choose("apply-type", "Reseller");
        choose("apply-region", "APAC");
        type("apply-contact-name", "Pat Wideworld");
        type("apply-email", adminEmail);
        for (var question : new String[] {"apply-ready", "apply-willing", "apply-able", "apply-values"}) {
            driver.findElement(By.xpath("//vaadin-radio-group[@id='" + question + "']//vaadin-radio-button[normalize-space()='Fully' or @label='Fully']")).click();
        }
        driver.findElement(By.id("apply-submit")).click();
        assertThat(waitFor(By.id("apply-thanks")).getText()).startsWith("Thank you.");

        open("/login");
        signIn("manager@vendor.test", DEMO_PASSWORD);
        waitForPath("/workspace");
        open("/applications");
        waitFor(By.xpath("//vaadin-grid-cell-content[text()='" + company + "']")).click();
        waitFor(By.id("approve-application")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("approve-application")));
        waitFor(By.id("logout")).click();
        waitForPath("/login");

        var invitation = Pattern.compile("(/invitation/[A-Za-z0-9_-]+)")
                .matcher(mail.to(adminEmail).getLast().body());
        assertThat(invitation.find()).isTrue();
        open(invitation.group(1));
        type("new-password", "pat's own long passphrase");
        type("repeat-password", "pat's own long passphrase");
        driver.findElement(By.id("choose-password")).click();
        waitForPath("/login");

        signIn(adminEmail, "pat's own long passphrase");
        waitForPath("/partner");
        assertThat(waitFor(By.id("organization-card")).getText()).contains(company, "Registered");

        open("/team");
        waitFor(By.id("invite-colleague")).click();
        type("invite-email", "sam-" + suffix + "@wideworld.test");
        type("invite-name", "Sam Wideworld");
        driver.findElement(By.id("send-invitation")).click();
        waitFor(By.xpath("//vaadin-grid-cell-content[text()='sam-" + suffix + "@wideworld.test']"));

        open("/onboarding");
        assertThat(waitFor(By.id("journey-summary")).getText()).isEqualTo("0 of 5 steps done");
        waitFor(By.id("complete-step-1")).click();
        waitForText(By.id("journey-summary"), "1 of 5 steps done");
    }

    @Test
    void aDeactivatedPartnerIsSignedOutAtTheNextRequest() {
        open("/login");
        signIn("bob@northwind.test", DEMO_PASSWORD);
        waitForPath("/partner");
        try {
            jdbc.update("update portal_user set enabled = false where email = 'bob@northwind.test'");
            open("/account");
            waitForPath("/login");
        } finally {
            jdbc.update("update portal_user set enabled = true where email = 'bob@northwind.test'");
        }
    }

    private void choose(String id, String label) {
        waitFor(By.id(id)).click();
        waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + label + "']")).click();
    }
}
