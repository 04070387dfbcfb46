package dev.partnerportal.security;

import dev.partnerportal.sso.SsoSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The end of a provider's sign-in. On success the session holds an {@link SsoAuthentication} with the portal
 * principal, exactly like a password sign-in's, and the browser goes home. On failure the reason goes to the audit
 * log (the portal's own refusals are audited where they are decided) and the login page shows
 * {@code /login?sso=<reason>}.
 */
class SsoSignInOutcome implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final String CALLBACK = "/login/oauth2/code/";

    private final SsoSignIn signIn;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SsoSignInOutcome(SsoSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        var token = (OAuth2AuthenticationToken) authentication;
        var user = (PortalOidcUser) token.getPrincipal();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SsoAuthentication(user.principal(), token.getAuthorizedClientRegistrationId(),
                user.getIdToken().getTokenValue(), authentication.getDetails()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason;
        if (exception instanceof OAuth2AuthenticationException oauth
                && SsoUserService.PORTAL_REFUSED.equals(oauth.getError().getErrorCode())) {
            reason = oauth.getError().getDescription();
        } else {
            var code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "error";
            signIn.providerRefused(registrationId(request), code, request.getRemoteAddr());
            reason = "sso.provider-refused";
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason.replace("sso.", ""));
    }

    private static String registrationId(HttpServletRequest request) {
        var uri = request.getRequestURI();
        var at = uri.indexOf(CALLBACK);
        return at < 0 ? "unknown" : uri.substring(at + CALLBACK.length());
    }
}
