package dev.partnerportal.sso;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PasswordSignInDisabledException;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.testsupport.SignIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class SsoSettingsTest {

    static final String ISSUER = "https://login.northwind.test/realms/partners";

    @Autowired
    SsoSettings settings;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    OrganizationId northwind;
    OrganizationId contoso;

    @BeforeEach
    void organizations() {
        northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
    }

    @AfterEach
    void cleanUp() {
        SignIn.out();
        jdbc.update("delete from sso_email_domain");
        jdbc.update("delete from sso_account_link");
        jdbc.update("delete from sso_connection");
    }

    @Test
    void aPartnerAdministratorRegistersTheProviderAndTheSecretIsStoredEncryptedOnly() {
        SignIn.as(provider, "alice@northwind.test");

        var saved = settings.save(northwind, change("northwind.test", "S3cret-value", false));

        assertThat(saved.registrationId()).isEqualTo("org-" + northwind.value());
        assertThat(saved.domains()).containsExactly("northwind.example", "northwind.test");
        assertThat(saved.secretStored()).isTrue();
        assertThat(saved.toString()).doesNotContain("S3cret-value");
        var stored = jdbc.queryForObject("select client_secret from sso_connection", String.class);
        assertThat(stored).doesNotContain("S3cret-value").isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SSO_SETTINGS_CHANGED' and detail not like '%S3cret%'",
                Long.class)).isPositive();
    }

    @Test
    void aBlankSecretKeepsTheStoredOne() {
        SignIn.as(provider, "alice@northwind.test");
        settings.save(northwind, change("northwind.test", "first", false));
        var before = jdbc.queryForObject("select client_secret from sso_connection", String.class);

        settings.save(northwind, new SsoProviderChange(ISSUER, "portal", "", List.of("northwind.test"), "admins", false));

        assertThat(jdbc.queryForObject("select client_secret from sso_connection", String.class)).isEqualTo(before);
    }

    @Test
    void anEmailDomainBelongsToOneOrganizationOnly() {
        SignIn.as(provider, "alice@northwind.test");
        settings.save(northwind, change("northwind.test", "secret", false));
        SignIn.as(provider, "carol@contoso.test");

        assertThatThrownBy(() -> settings.save(contoso, change("Northwind.TEST", "secret", false)))
                .is(refusal("sso.domain-taken"));
        assertThat(jdbc.queryForObject("select count(*) from sso_connection", Long.class)).isEqualTo(1);
    }

    @Test
    void anotherOrganizationsSettingsAreNotFoundAndNothingChanges() {
        SignIn.as(provider, "alice@northwind.test");

        assertThatThrownBy(() -> settings.settings(contoso)).is(refusal("sso.organization-not-found"));
        assertThatThrownBy(() -> settings.save(contoso, change("contoso.test", "secret", false)))
                .is(refusal("sso.organization-not-found"));
        assertThat(jdbc.queryForObject("select count(*) from sso_connection", Long.class)).isZero();
    }

    @Test
    void anAdministratorRegistersForAnOrganizationAndSeesTheList() {
        SignIn.as(provider, "admin@vendor.test");

        settings.save(contoso, change("contoso.test", "secret", false));

        assertThat(settings.all()).extracting(SsoProviderSettings::organization).containsExactly(contoso);
    }

    @Test
    void issuersMustBeHttpsAndDomainsMustBeDomains() {
        SignIn.as(provider, "alice@northwind.test");

        assertThatThrownBy(() -> settings.save(northwind, new SsoProviderChange("http://idp.northwind.test", "portal",
                "secret", List.of("northwind.test"), null, false))).is(refusal("sso.issuer-invalid"));
        assertThatThrownBy(() -> settings.save(northwind, new SsoProviderChange(ISSUER, "portal", "secret",
                List.of("not a domain"), null, false))).is(refusal("sso.domain-invalid"));
        assertThatThrownBy(() -> settings.save(northwind, new SsoProviderChange(ISSUER, "portal", "secret",
                List.of(" "), null, false))).is(refusal("sso.domains-required"));
        assertThatThrownBy(() -> settings.save(northwind, new SsoProviderChange(ISSUER, "portal", "",
                List.of("northwind.test"), null, false))).is(refusal("sso.client-secret-required"));
        assertThat(jdbc.queryForObject("select count(*) from sso_connection", Long.class)).isZero();
    }

    @Test
    void enforcingEndsPasswordSignInAndEverySessionOfTheOrganization() {
        var bobVersion = jdbc.queryForObject("select security_version from portal_user where email = 'bob@northwind.test'", Long.class);
        SignIn.as(provider, "alice@northwind.test");

        settings.save(northwind, change("northwind.test", "secret", true));

        assertThat(jdbc.queryForObject("select security_version from portal_user where email = 'bob@northwind.test'", Long.class))
                .isGreaterThan(bobVersion);
        assertThatThrownBy(() -> SignIn.as(provider, "bob@northwind.test")).isInstanceOf(PasswordSignInDisabledException.class);
        SignIn.as(provider, "carol@contoso.test");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SSO_ENFORCED'", Long.class)).isPositive();
    }

    static SsoProviderChange change(String domain, String secret, boolean enforced) {
        return new SsoProviderChange(ISSUER + "/", "portal", secret, List.of(domain, "@northwind.example"), "admins", enforced);
    }
}
