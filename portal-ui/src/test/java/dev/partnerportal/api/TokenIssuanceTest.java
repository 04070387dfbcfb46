package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import dev.partnerportal.identity.ApiTokens;
import dev.partnerportal.identity.PortalPrincipal;
import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The token endpoint issues the token for the account whose password it checked, whatever browser session is
 * current on the thread: Vaadin's security context holder strategy answers with that session's context.
 */
@PortalWebTest
class TokenIssuanceTest {

    @Autowired
    TokenController controller;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
    }

    @AfterEach
    void leaveNoSessionBehind() {
        CurrentInstance.clearAll();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBrowserSessionOfAnotherAccountOnTheThreadDoesNotGetTheToken() {
        var bobs = SecurityContextHolder.createEmptyContext();
        bobs.setAuthentication(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("bob@northwind.test", DEMO_PASSWORD)));
        VaadinSession.setCurrent(browserSessionWith(bobs));

        var response = issueForAlice();

        CurrentInstance.clearAll();
        assertThat(tokens.authenticate(response.token())).map(PortalPrincipal::getUsername)
                .hasValue("alice@northwind.test");
    }

    @Test
    void anAnonymousBrowserSessionOnTheThreadDoesNotRefuseTheToken() {
        VaadinSession.setCurrent(browserSessionWith(SecurityContextHolder.createEmptyContext()));

        var response = issueForAlice();

        CurrentInstance.clearAll();
        assertThat(tokens.authenticate(response.token())).map(PortalPrincipal::getUsername)
                .hasValue("alice@northwind.test");
    }

    private TokenController.TokenResponse issueForAlice() {
        return controller.issue(new TokenController.TokenRequest("alice@northwind.test", DEMO_PASSWORD),
                new MockHttpServletRequest("POST", "/api/auth/token"));
    }

    /** A Vaadin session whose HTTP session holds {@code context}, as a signed-in (or anonymous) browser's does. */
    private static VaadinSession browserSessionWith(SecurityContext context) {
        var httpSession = new MockHttpSession();
        httpSession.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        var wrapped = new WrappedHttpSession(httpSession);
        return new VaadinSession(null) {
            @Override
            public WrappedSession getSession() {
                return wrapped;
            }
        };
    }
}
