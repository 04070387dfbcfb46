package dev.partnerportal.testsupport;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a demo account in for the current thread through the real authentication provider. */
public final class SignIn {

    /** The demo password the test configuration sets ({@code portal.demo.password}). */
    public static final String DEMO_PASSWORD = "demo-password-for-tests";

    private SignIn() {
    }

    public static Authentication as(AuthenticationProvider provider, String email) {
        var authentication = provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, DEMO_PASSWORD));
        use(authentication);
        return authentication;
    }

    /** Makes an authentication obtained earlier the current thread's again, without checking the password anew. */
    public static void use(Authentication authentication) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
