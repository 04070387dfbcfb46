package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.plan.NewCommitment;
import dev.partnerportal.plan.PlanCommitments;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.SignIn;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commitment whose due week has passed shows on both homes: Northwind's demo plan is in its seventh week, so a
 * commitment due in week 1 is overdue the moment it is made, for Alice on the partner home and for Mona, the
 * partner manager, in her workspace.
 */
@PortalWebTest
class PlanEndToEndTest extends BrowserTest {

    @Autowired
    PlanCommitments commitments;
    @Autowired
    PortalAuthenticationProvider provider;

    @Test
    void anOverdueCommitmentShowsOnThePartnersHomeAndTheManagersHome() {
        var what = "Send the signed reseller agreement " + UUID.randomUUID().toString().substring(0, 6);
        var northwind = OrganizationId.of(jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class));
        SignIn.as(provider, "alice@northwind.test");
        try {
            commitments.add(northwind, new NewCommitment(what, "Alice Northwind", null, 1));
        } finally {
            SignIn.out();
        }

        try {
            open("/login");
            signIn("alice@northwind.test", DEMO_PASSWORD);
            waitForPath("/partner");
            assertThat(waitFor(By.id("overdue-commitments")).getText()).contains(what);
            waitFor(By.id("logout")).click();
            waitForPath("/login");

            signIn("manager@vendor.test", DEMO_PASSWORD);
            waitForPath("/workspace");
            assertThat(waitFor(By.id("overdue-commitments")).getText()).contains("Northwind Traders", what);
        } finally {
            jdbc.update("delete from plan_commitment where description = ?", what);
        }
    }
}
