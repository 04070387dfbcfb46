package dev.partnerportal.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After the portal session ended: a person signed in through a provider that advertises an
 * {@code end_session_endpoint} is sent there (RP-initiated logout, with the ID token as hint and the login page as
 * the way back); everyone else goes to the portal's start page, which leads to the login. The browser is sent there
 * by the Vaadin UI ({@link UidlRedirectStrategy}), since the sign-out button runs inside a UI request.
 */
class SsoLogoutSuccess extends SimpleUrlLogoutSuccessHandler {

    private final SsoClientRegistrations registrations;

    SsoLogoutSuccess(SsoClientRegistrations registrations) {
        this.registrations = registrations;
        setDefaultTargetUrl("/");
        // Sign-out runs inside a Vaadin request: a plain 302 would answer the UI's JSON request with HTML.
        setRedirectStrategy(new UidlRedirectStrategy());
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        if (authentication instanceof SsoAuthentication sso) {
            var registration = registrations.findByRegistrationId(sso.registrationId());
            var endSession = registration == null ? null
                    : registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            if (endSession != null) {
                var back = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                        .replacePath(request.getContextPath() + "/login").replaceQuery("logout").build().toUriString();
                return UriComponentsBuilder.fromUriString(endSession.toString())
                        .queryParam("id_token_hint", sso.idToken())
                        .queryParam("client_id", registration.getClientId())
                        .queryParam("post_logout_redirect_uri", back)
                        .encode().build().toUriString();
            }
        }
        return super.determineTargetUrl(request, response, authentication);
    }
}
