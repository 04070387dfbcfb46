package dev.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.sso.SsoProviderChange;
import dev.partnerportal.sso.SsoSettings;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.SignIn;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Single sign-on against a real OpenID Connect provider on loopback (mock-oauth2-server): the whole browser
 * redirect dance over HTTP, with the portal's own checks (state, nonce, ID token validation, the portal's rules).
 * The provider's issuers are registered at test time through the settings service and the dynamic registration
 * repository, so this class shares the one web test context.
 */
@PortalWebTest
class SsoSignInFlowTest {

    /** A test-only AES key, read by the cipher at use: set before the first secret is stored. */
    static final String TEST_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    static MockOAuth2Server provider;

    @LocalServerPort
    int port;
    @Autowired
    SsoSettings settings;
    @Autowired
    SsoClientRegistrations registrations;
    @Autowired
    PartnerDirectory partners;
    @Autowired
    PortalAuthenticationProvider passwords;
    @Autowired
    JdbcTemplate jdbc;

    OrganizationId northwind;
    OrganizationId contoso;
    HttpClient browser;

    @BeforeAll
    static void startProvider() {
        System.setProperty("portal.sso.secret-key", TEST_KEY);
        provider = new MockOAuth2Server();
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @BeforeEach
    void registerProviders() {
        SignIn.as(passwords, "admin@vendor.test");
        var organizations = partners.list(PageRequest.of(0, 100)).getContent();
        northwind = new OrganizationId(organizations.stream().filter(o -> o.name().equals("Northwind Traders")).findFirst().orElseThrow().id());
        contoso = new OrganizationId(organizations.stream().filter(o -> o.name().equals("Contoso Ltd")).findFirst().orElseThrow().id());
        settings.save(northwind, new SsoProviderChange(issuer("northwind"), "portal-northwind", "northwind-secret",
                List.of("northwind.test"), "nw-admins", false));
        settings.save(contoso, new SsoProviderChange(issuer("contoso"), "portal-contoso", "contoso-secret",
                List.of("contoso.test"), null, false));
        SignIn.out();
        registrations.addStaffRegistration(ClientRegistrations.fromIssuerLocation(issuer("staff"))
                .registrationId("corporate").clientId("portal-staff").clientSecret("staff-secret")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid", "email", "profile")
                .clientName("Corporate").build());
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterEach
    void removeProviders() {
        SignIn.out();
        registrations.removeStaffRegistration("corporate");
        jdbc.update("delete from sso_email_domain");
        jdbc.update("delete from sso_account_link");
        jdbc.update("delete from sso_connection");
        jdbc.update("delete from api_token where user_id in (select id from portal_user where email like 'sso-%')");
        jdbc.update("delete from portal_user where email like 'sso-%'");
    }

    @Test
    void aPartnerPersonIsFoundByDomainAndGetsAnAccountInThatOrganizationOnly() {
        provider.enqueueCallback(person("northwind", "sub-dana", "sso-dana@northwind.test", true, List.of("everyone")));

        var landing = signInThrough("org-" + northwind.value());

        assertThat(landing).isEqualTo("/");
        assertThat(partnerHome()).as("signed in").isEqualTo(200);
        assertThat(jdbc.queryForMap("select role, organization_id, enabled, federated from portal_user where email = 'sso-dana@northwind.test'"))
                .containsEntry("role", "PARTNER_USER").containsEntry("organization_id", northwind.value())
                .containsEntry("enabled", true).containsEntry("federated", true);
        assertThat(audited("SSO_ACCOUNT_PROVISIONED", "sso-dana@northwind.test")).isEqualTo(1);
        assertThat(audited("SSO_SIGNED_IN", "sso-dana@northwind.test")).isEqualTo(1);
    }

    @Test
    void theOrganizationsAdministratorGroupMakesAPartnerAdministrator() {
        provider.enqueueCallback(person("northwind", "sub-erin", "sso-erin@northwind.test", true, List.of("nw-admins")));

        assertThat(signInThrough("org-" + northwind.value())).isEqualTo("/");

        assertThat(jdbc.queryForObject("select role from portal_user where email = 'sso-erin@northwind.test'", String.class))
                .isEqualTo("PARTNER_ADMIN");
    }

    @Test
    void staffGetTheRoleTheirGroupsMapToAndNoRoleIsRefused() {
        provider.enqueueCallback(person("staff", "sub-ed", "sso-ed@vendor.test", true, List.of("portal-content-editors")));
        assertThat(signInThrough("corporate")).isEqualTo("/");
        assertThat(jdbc.queryForMap("select role, organization_id from portal_user where email = 'sso-ed@vendor.test'"))
                .containsEntry("role", "CONTENT_EDITOR").containsEntry("organization_id", null);

        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        provider.enqueueCallback(person("staff", "sub-nobody", "sso-nobody@vendor.test", true, List.of("everyone")));
        assertThat(signInThrough("corporate")).isEqualTo("/login?sso=no-staff-role");
        assertThat(jdbc.queryForObject("select count(*) from portal_user where email = 'sso-nobody@vendor.test'", Long.class)).isZero();
        assertThat(audited("SSO_SIGN_IN_REFUSED", "sso-nobody@vendor.test")).isEqualTo(1);
    }

    @Test
    void oneOrganizationsProviderCannotTakeOverAnotherOrganizationsAccount() {
        var before = jdbc.queryForList("select id, email, organization_id, role from portal_user order by id");
        // Northwind's provider vouches for Contoso's administrator: refused, and Carol's account is untouched.
        provider.enqueueCallback(person("northwind", "sub-carol", "carol@contoso.test", true, List.of("nw-admins")));

        assertThat(signInThrough("org-" + northwind.value())).isEqualTo("/login?sso=domain-not-allowed");

        assertThat(jdbc.queryForList("select id, email, organization_id, role from portal_user order by id")).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from sso_account_link", Long.class)).isZero();
    }

    @Test
    void anExistingPasswordAccountIsNotTakenOverWithoutItsPassword() {
        provider.enqueueCallback(person("northwind", "sub-bob", "bob@northwind.test", true, List.of()));

        assertThat(signInThrough("org-" + northwind.value())).isEqualTo("/login?sso=link-required");
        assertThat(partnerHome()).as("not signed in").isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from sso_account_link", Long.class)).isZero();
    }

    @Test
    void aPasswordAccountLinksWhenItsOwnerSignsInWithThePasswordAndThenTheProvider() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        var linkedBefore = audited("SSO_ACCOUNT_LINKED", "bob@northwind.test");
        var signedIn = post("/login", "username=bob%40northwind.test&password=" + PortalWebTest.DEMO_PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        provider.enqueueCallback(person("northwind", "sub-bob", "bob@northwind.test", true, List.of()));

        assertThat(signInThrough("org-" + northwind.value())).isEqualTo("/");

        assertThat(audited("SSO_ACCOUNT_LINKED", "bob@northwind.test")).isEqualTo(linkedBefore + 1);
        // From now on the provider alone signs Bob in, in a fresh browser.
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        provider.enqueueCallback(person("northwind", "sub-bob", "bob@northwind.test", true, List.of()));
        assertThat(signInThrough("org-" + northwind.value())).isEqualTo("/");
        assertThat(partnerHome()).isEqualTo(200);
    }

    @Test
    void anUnverifiedEmailIsRefused() {
        provider.enqueueCallback(person("northwind", "sub-gil", "sso-gil@northwind.test", false, List.of()));

        assertThat(signInThrough("org-" + northwind.value())).isEqualTo("/login?sso=email-unverified");
        assertThat(jdbc.queryForObject("select count(*) from portal_user where email = 'sso-gil@northwind.test'", Long.class)).isZero();
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("northwind", "sub-ivy", "JWT", null,
                claims("sso-ivy@northwind.test", true, List.of()), -3600));

        assertThat(signInThrough("org-" + northwind.value())).isEqualTo("/login?sso=provider-refused");
        assertThat(jdbc.queryForObject("select count(*) from portal_user where email = 'sso-ivy@northwind.test'", Long.class)).isZero();
    }

    @Test
    void aReplayedCallbackIsRefused() {
        provider.enqueueCallback(person("northwind", "sub-jo", "sso-jo@northwind.test", true, List.of()));
        var callback = callbackFromProvider(start("org-" + northwind.value()));
        assertThat(follow(callback)).isEqualTo("/");

        // The same code and state again, in the same browser and in another: the authorization request is spent.
        assertThat(follow(callback)).isEqualTo("/login?sso=provider-refused");
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(follow(callback)).isEqualTo("/login?sso=provider-refused");
        assertThat(audited("SSO_SIGNED_IN", "sso-jo@northwind.test")).isEqualTo(1);
    }

    @Test
    void aCallbackWithAnotherStateIsRefused() {
        // No callback is queued: the portal refuses before it exchanges the code, so it would be left for the next test.
        var callback = callbackFromProvider(start("org-" + northwind.value()));

        var forged = callback.replaceAll("state=[^&]+", "state=forged-state");

        assertThat(follow(forged)).isEqualTo("/login?sso=provider-refused");
        assertThat(partnerHome()).as("not signed in").isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SSO_SIGN_IN_REFUSED' and detail like '%authorization_request_not_found%'",
                Long.class)).isPositive();
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() {
        provider.enqueueCallback(person("northwind", "sub-lee", "sso-lee@northwind.test", true, List.of()));
        var authorize = start("org-" + northwind.value());

        var callback = callbackFromProvider(authorize.replaceAll("nonce=[^&]+", "nonce=someone-elses-nonce"));

        assertThat(follow(callback)).isEqualTo("/login?sso=provider-refused");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SSO_SIGN_IN_REFUSED' and detail like '%invalid_nonce%'",
                Long.class)).isPositive();
    }

    @Test
    /**
     * The ID token validation the login applies (Spring's default {@link OidcIdTokenDecoderFactory}), on tokens the
     * provider signs. mock-oauth2-server's code flow always addresses the ID token to the client that asked, so a
     * wrong audience is tried here rather than through the redirects.
     */
    void aWrongAudienceAnotherOrganizationsProviderAndAnotherIssuerFailTheValidation() {
        var decoders = new OidcIdTokenDecoderFactory();
        ClientRegistration contosoRegistration = registrations.findByRegistrationId("org-" + contoso.value());
        assertThat(contosoRegistration).isNotNull();
        var decoder = decoders.createDecoder(contosoRegistration);

        // A genuine token of Contoso's provider for Contoso's client passes ...
        assertThat(decoder.decode(token("contoso", "portal-contoso").serialize()).getSubject()).isEqualTo("sub-x");
        // ... Northwind's provider's token (other issuer, other keys, other audience) does not ...
        assertThatThrownBy(() -> decoder.decode(token("northwind", "portal-northwind").serialize())).isInstanceOf(RuntimeException.class);
        // ... nor one from Contoso's provider for another audience (Northwind's client), nor one naming another issuer.
        assertThatThrownBy(() -> decoder.decode(token("contoso", "portal-northwind").serialize())).isInstanceOf(JwtValidationException.class);
        var otherIssuer = provider.anyToken(provider.issuerUrl("elsewhere"), Map.of("sub", "sub-x", "aud", "portal-contoso"),
                Duration.ofMinutes(5));
        assertThatThrownBy(() -> decoder.decode(otherIssuer.serialize())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void passwordSignInEndsWhenTheOrganizationEnforcesSingleSignOn() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        var linkedBefore = audited("SSO_ACCOUNT_LINKED", "bob@northwind.test");
        var token = new dev.partnerportal.support.ApiClient(port).tokenFor("bob@northwind.test", PortalWebTest.DEMO_PASSWORD);
        SignIn.as(passwords, "alice@northwind.test");
        settings.save(northwind, new SsoProviderChange(issuer("northwind"), "portal-northwind", "", List.of("northwind.test"),
                "nw-admins", true));
        SignIn.out();
        var api = new dev.partnerportal.support.ApiClient(port);

        assertThat(api.get("/api/me", token).status()).isEqualTo(401);
        assertThat(api.token("bob@northwind.test", PortalWebTest.DEMO_PASSWORD).status()).isEqualTo(401);
        var form = post("/login", "username=bob%40northwind.test&password=" + PortalWebTest.DEMO_PASSWORD);
        assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login?sso=password-disabled");
        // Contoso does not enforce: its people keep their passwords.
        assertThat(api.token("carol@contoso.test", PortalWebTest.DEMO_PASSWORD).status()).isEqualTo(200);
        // Enforcing makes the provider the authority for Northwind's domain: Bob's account links at his first sign-in.
        provider.enqueueCallback(person("northwind", "sub-bob", "bob@northwind.test", true, List.of()));
        assertThat(signInThrough("org-" + northwind.value())).isEqualTo("/");
        assertThat(audited("SSO_ACCOUNT_LINKED", "bob@northwind.test")).isEqualTo(linkedBefore + 1);
    }

    // --- the browser's part of the dance ---

    private String signInThrough(String registrationId) {
        return follow(callbackFromProvider(start(registrationId)));
    }

    /** The portal's redirect to the provider's authorization endpoint, with state and nonce. */
    private String start(String registrationId) {
        var response = get("http://localhost:" + port + "/oauth2/authorization/" + registrationId);
        assertThat(response.statusCode()).as("redirect to the provider").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The provider's redirect back to the portal with a code (mock-oauth2-server signs in without a form). */
    private String callbackFromProvider(String authorize) {
        var response = get(authorize);
        assertThat(response.statusCode()).as("provider answers with a redirect").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** Where the portal sends the browser after the callback: its path and query. */
    private String follow(String callback) {
        var response = get(callback);
        assertThat(response.statusCode()).as("portal answers the callback with a redirect").isEqualTo(302);
        var location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** The status of a signed-in page in this browser: 200 while signed in, 302 to the login otherwise. */
    private int partnerHome() {
        return get("http://localhost:" + port + "/partner").statusCode();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long audited(String action, String actor) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and actor = ?", Long.class, action, actor);
    }

    private static String issuer(String id) {
        return provider.issuerUrl(id).toString().replaceAll("/$", "");
    }

    private static SignedJWT token(String issuerId, String audience) {
        return provider.issueToken(issuerId, audience, new DefaultOAuth2TokenCallback(issuerId, "sub-x", "JWT",
                List.of(audience), Map.of(), 300));
    }

    private static DefaultOAuth2TokenCallback person(String issuerId, String subject, String email, boolean verified,
                                                     List<String> groups) {
        return new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", null, claims(email, verified, groups), 3600);
    }

    private static Map<String, Object> claims(String email, boolean verified, List<String> groups) {
        return Map.of("email", email, "email_verified", verified, "groups", groups, "name", "Test Person");
    }

    @SuppressWarnings("unused")
    private static Map<String, String> query(String url) {
        var query = URI.create(url).getRawQuery();
        return Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
