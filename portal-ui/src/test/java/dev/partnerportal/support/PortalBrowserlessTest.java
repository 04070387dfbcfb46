package dev.partnerportal.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless view tests that sign demo accounts in through the real authentication manager. Subclasses
 * carry {@code @PortalWebTest}; every test ends signed out.
 */
public abstract class PortalBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    private AuthenticationManager authenticationManager;

    /**
     * Routes and error views are looked for in the portal's own packages only, not on the whole class path (the
     * default: some 270 jars, the first test of every test JVM paid for it). Found once per JVM and kept.
     */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("dev.partnerportal");
    }

    /**
     * Signs a demo account in for this test's thread (password {@link PortalWebTest#DEMO_PASSWORD}). When somebody
     * else was signed in and the test has shown them a view, the new person starts a new session and UI, as in a
     * browser (signing out ends the session): otherwise Vaadin would keep the previous person's view when the test
     * navigates to the route it is on. Signing in from an anonymous page keeps the session, as a browser's sign-in
     * does. To act as somebody else while this UI stays open, use {@link #elsewhereAs}.
     */
    protected void signInAs(String email) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var ui = UI.getCurrent();
        if (previous != null && previous.isAuthenticated() && !previous.getName().equalsIgnoreCase(email)
                && ui != null && !ui.getInternals().getActiveRouterTargetsChain().isEmpty()) {
            cleanVaadinEnvironment();
            initVaadinEnvironment();
        }
        SecurityContextHolder.setContext(authenticated(email));
    }

    /**
     * Runs {@code work} as somebody else, elsewhere (in another browser, say), then returns to the person signed in
     * here, whose session and UI stay as they were.
     */
    protected void elsewhereAs(String email, Runnable work) {
        var here = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(authenticated(email));
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(here);
        }
    }

    private SecurityContext authenticated(String email) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PortalWebTest.DEMO_PASSWORD)));
        return context;
    }

    @AfterEach
    void signOutAfterEachTest() {
        SecurityContextHolder.clearContext();
    }
}
