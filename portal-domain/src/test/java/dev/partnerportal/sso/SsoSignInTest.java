package dev.partnerportal.sso;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.PortalPrincipal;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.testsupport.SignIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The portal's rules for a provider's identity, after the OAuth2 client validated the token. */
@SpringBootTest
class SsoSignInTest {

    static final String NORTHWIND_ISSUER = "https://idp.northwind.test";
    static final String CONTOSO_ISSUER = "https://idp.contoso.test";

    @Autowired
    SsoSettings settings;
    @Autowired
    SsoSignIn signIn;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    OrganizationId northwind;
    OrganizationId contoso;

    @BeforeEach
    void providers() {
        northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
        SignIn.as(provider, "admin@vendor.test");
        settings.save(northwind, new SsoProviderChange(NORTHWIND_ISSUER, "portal", "secret", List.of("northwind.test"),
                "portal-admins", false));
        settings.save(contoso, new SsoProviderChange(CONTOSO_ISSUER, "portal", "secret", List.of("contoso.test"), null, false));
        SignIn.out();
    }

    @AfterEach
    void cleanUp() {
        SignIn.out();
        jdbc.update("delete from sso_email_domain");
        jdbc.update("delete from sso_account_link");
        jdbc.update("delete from sso_connection");
        jdbc.update("delete from portal_user where email like 'sso-%'");
    }

    @Test
    void theDomainLeadsToItsOrganizationsProvider() {
        assertThat(signIn.registrationForEmail("Dana@Northwind.test")).contains("org-" + northwind.value());
        assertThat(signIn.registrationForEmail("someone@elsewhere.test")).isEmpty();
        assertThat(signIn.partnerProvider("org-" + contoso.value())).get()
                .satisfies(p -> assertThat(p.clientSecret()).isEqualTo("secret"))
                .satisfies(p -> assertThat(p.issuer()).isEqualTo(CONTOSO_ISSUER));
    }

    @Test
    void aNewPersonGetsAPartnerUserAccountInTheProvidersOrganizationOnly() {
        var principal = signIn.signIn(identity(northwind, NORTHWIND_ISSUER, "sub-1", "sso-dana@northwind.test", true, List.of()),
                null, "127.0.0.1");

        assertThat(principal.caller().organizationId()).isEqualTo(northwind);
        assertThat(principal.caller().role()).isEqualTo(Role.PARTNER_USER);
        var account = accounts.findByEmail("sso-dana@northwind.test").orElseThrow();
        assertThat(account.invitationPending()).isFalse();
        assertThat(account.enabled()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SSO_ACCOUNT_PROVISIONED' and actor = 'sso-dana@northwind.test'",
                Long.class)).isEqualTo(1);
        // The same subject signs in again to the same account.
        assertThat(signIn.signIn(identity(northwind, NORTHWIND_ISSUER, "sub-1", "sso-dana@northwind.test", true, List.of()),
                null, null).caller().userId()).isEqualTo(principal.caller().userId());
    }

    @Test
    void theOrganizationsAdministratorGroupMakesAPartnerAdministrator() {
        var principal = signIn.signIn(identity(northwind, NORTHWIND_ISSUER, "sub-2", "sso-erin@northwind.test", true,
                List.of("staff", "portal-admins")), null, null);

        assertThat(principal.caller().role()).isEqualTo(Role.PARTNER_ADMIN);
    }

    @Test
    void oneOrganizationsProviderNeverReachesAnotherOrganizationsPeopleOrDomains() {
        var before = jdbc.queryForObject("select count(*) from portal_user", Long.class);

        // Northwind's provider vouching for Contoso's administrator: not Northwind's domain.
        assertThatThrownBy(() -> signIn.signIn(identity(northwind, NORTHWIND_ISSUER, "sub-3", "carol@contoso.test", true, List.of()),
                null, null)).is(refusal("sso.domain-not-allowed"));
        // A token from Contoso's issuer presented for Northwind's registration.
        assertThatThrownBy(() -> signIn.signIn(identity(northwind, CONTOSO_ISSUER, "sub-3", "sso-x@northwind.test", true, List.of()),
                null, null)).is(refusal("sso.issuer-mismatch"));
        assertThat(jdbc.queryForObject("select count(*) from portal_user", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SSO_SIGN_IN_REFUSED' and detail like '%sso.domain-not-allowed'",
                Long.class)).isPositive();
    }

    @Test
    void anAddressOfAnotherOrganizationsAccountIsRefusedEvenInsideTheDomain() {
        // Contoso also lists northwind.example; an existing Northwind account there must not move to Contoso.
        jdbc.update("insert into portal_user (email, display_name, role, organization_id, enabled, created_at, security_version, version, federated) "
                + "values ('sso-frank@contoso.test', 'Frank', 'PARTNER_USER', ?, true, current_timestamp, 0, 0, true)", northwind.value());

        assertThatThrownBy(() -> signIn.signIn(identity(contoso, CONTOSO_ISSUER, "sub-4", "sso-frank@contoso.test", true, List.of()),
                null, null)).is(refusal("sso.other-organization"));
        assertThat(jdbc.queryForObject("select organization_id from portal_user where email = 'sso-frank@contoso.test'", Long.class))
                .isEqualTo(northwind.value());
    }

    @Test
    void anUnverifiedAddressIsRefused() {
        assertThatThrownBy(() -> signIn.signIn(identity(northwind, NORTHWIND_ISSUER, "sub-5", "sso-gil@northwind.test", false, List.of()),
                null, null)).is(refusal("sso.email-unverified"));
        assertThat(accounts.findByEmail("sso-gil@northwind.test")).isEmpty();
    }

    @Test
    void anExistingPasswordAccountLinksOnlyAfterItsPasswordSignIn() {
        var bob = identity(northwind, NORTHWIND_ISSUER, "sub-bob", "bob@northwind.test", true, List.of());

        assertThatThrownBy(() -> signIn.signIn(bob, null, null)).is(refusal("sso.link-required"));

        var carol = ((PortalPrincipal) SignIn.as(provider, "carol@contoso.test").getPrincipal()).caller();
        assertThatThrownBy(() -> signIn.signIn(bob, carol, null)).is(refusal("sso.link-required"));

        Caller bobByPassword = ((PortalPrincipal) SignIn.as(provider, "bob@northwind.test").getPrincipal()).caller();
        assertThat(signIn.signIn(bob, bobByPassword, null).caller().userId()).isEqualTo(bobByPassword.userId());
        // Linked: the provider alone signs Bob in from now on.
        assertThat(signIn.signIn(bob, null, null).caller().userId()).isEqualTo(bobByPassword.userId());
    }

    @Test
    void staffProvidersNeedAMappedGroup() {
        assertThatThrownBy(() -> signIn.signIn(new FederatedIdentity("corporate", "https://login.vendor.test", "s-1",
                "sso-hal@vendor.test", "Hal", claims(true, List.of("everyone"))), null, null)).is(refusal("sso.no-staff-role"));
        assertThat(accounts.findByEmail("sso-hal@vendor.test")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SSO_SIGN_IN_REFUSED' and actor = 'sso-hal@vendor.test'",
                Long.class)).isPositive();
    }

    static FederatedIdentity identity(OrganizationId organization, String issuer, String subject, String email,
                                      boolean verified, List<String> groups) {
        return new FederatedIdentity("org-" + organization.value(), issuer, subject, email, "SSO person", claims(verified, groups));
    }

    static Map<String, Object> claims(boolean verified, List<String> groups) {
        var claims = new HashMap<String, Object>();
        claims.put("email_verified", verified);
        claims.put("groups", groups);
        return claims;
    }
}
