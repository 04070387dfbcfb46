package dev.partnerportal.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless view tests that sign demo accounts in through the real authentication manager. Subclasses
 * carry {@code @PortalWebTest}; every test ends signed out.
 */
public abstract class PortalBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    private AuthenticationManager authenticationManager;

    /**
     * Signs somebody else in after the previous person signed out, in a new session and a new UI as in a browser
     * (signing out ends the session). Without it, a test that navigates to the route it is on again gets the previous
     * person's view: Vaadin keeps the view when the route does not change.
     */
    protected void signInAsInANewSession(String email) {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        signInAs(email);
    }

    /** Signs a demo account in for this test's thread (password {@link PortalWebTest#DEMO_PASSWORD}). */
    protected void signInAs(String email) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PortalWebTest.DEMO_PASSWORD)));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOutAfterEachTest() {
        SecurityContextHolder.clearContext();
    }
}
