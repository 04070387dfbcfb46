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
     * Signs a demo account in for this test's thread (password {@link PortalWebTest#DEMO_PASSWORD}). When the test
     * has already shown a view, the new person gets a new UI, as a sign-in in a browser does: otherwise Vaadin would
     * reuse the previous person's view when the test navigates to the same route again.
     */
    protected void signInAs(String email) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null && !ui.getInternals().getActiveRouterTargetsChain().isEmpty()) {
            cleanVaadinEnvironment();
            initVaadinEnvironment();
        }
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
