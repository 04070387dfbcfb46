package dev.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Both filter chains send the browser security headers: on pages, on a redirect to the login page, on API answers. */
@PortalWebTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private ApiClient api() {
        return new ApiClient(port);
    }

    @Test
    void pagesOfTheUserInterfaceCarryThePolicyVaadinRunsUnder() {
        var login = api().get("/login", null);

        assertThat(login.status()).isEqualTo(200);
        var csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).isEqualTo("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).hasValue("accelerometer=(), camera=(), "
                + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aRedirectToTheLoginPageCarriesThemToo() {
        var redirect = api().get("/partners", null);

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Content-Security-Policy")).hasValue(BrowserSecurityHeaders.USER_INTERFACE_POLICY);
    }

    @Test
    void apiAnswersMayRunOrLoadNothing() {
        var unauthorized = api().get("/api/me", null);
        var wrongPassword = api().token("alice@northwind.test", "not the password at all");
        var unknownPath = api().get("/api/no-such-thing", null);

        for (var answer : List.of(unauthorized, wrongPassword, unknownPath)) {
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .hasValue("default-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(answer.headers().firstValue("Permissions-Policy")).hasValue(BrowserSecurityHeaders.PERMISSIONS_POLICY);
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
    }
}
