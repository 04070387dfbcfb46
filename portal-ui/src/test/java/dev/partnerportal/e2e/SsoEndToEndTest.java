package dev.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.sso.SsoProviderChange;
import dev.partnerportal.sso.SsoSettings;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.SignIn;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Company sign-in in Chromium: a Northwind person types their work address on the login page, signs in on the
 * identity provider's own login page (mock-oauth2-server's interactive form) and lands on Northwind's home.
 */
@PortalWebTest
class SsoEndToEndTest extends BrowserTest {

    static MockOAuth2Server identityProvider;

    @Autowired
    SsoSettings settings;
    @Autowired
    PartnerDirectory partners;
    @Autowired
    PortalAuthenticationProvider passwords;

    @BeforeAll
    static void startIdentityProvider() {
        System.setProperty("portal.sso.secret-key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        identityProvider = new MockOAuth2Server(new OAuth2Config(true));
        identityProvider.start();
    }

    @AfterAll
    static void stopIdentityProvider() {
        identityProvider.shutdown();
    }

    @AfterEach
    void removeProvider() {
        jdbc.update("delete from sso_email_domain");
        jdbc.update("delete from sso_account_link");
        jdbc.update("delete from sso_connection");
        jdbc.update("delete from portal_user where email like 'sso-%'");
    }

    @Test
    void aPartnerPersonSignsInThroughTheirProvidersLoginPageAndLandsOnTheirOrganizationsHome() {
        SignIn.as(passwords, "alice@northwind.test");
        var northwind = new OrganizationId(partners.mine().id());
        settings.save(northwind, new SsoProviderChange(identityProvider.issuerUrl("northwind").toString().replaceAll("/$", ""),
                "portal-northwind", "northwind-secret", List.of("northwind.test"), null, false));
        SignIn.out();

        open("/login");
        type("sso-email", "sso-pat@northwind.test");
        waitFor(By.id("sso-continue")).click();

        // The provider's page, outside the portal.
        waitFor(By.name("username")).sendKeys("pat-at-northwind");
        var claims = driver.findElement(By.name("claims"));
        claims.clear();
        claims.sendKeys("{\"email\": \"sso-pat@northwind.test\", \"email_verified\": true, \"name\": \"Pat Northwind\"}");
        driver.findElement(By.cssSelector("input[type='submit']")).click();

        waitForPath("/partner");
        assertThat(waitFor(By.id("organization-card")).getText()).contains("Northwind Traders");
        assertThat(jdbc.queryForObject("select organization_id from portal_user where email = 'sso-pat@northwind.test'", Long.class))
                .isEqualTo(northwind.value());
    }
}
