package dev.partnerportal.security;

import dev.partnerportal.identity.SignInOrigin;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Spring Security's web details of a sign-in, offered to the identity module as a {@link SignInOrigin}: the
 * client address is {@link HttpServletRequest#getRemoteAddr()}, which the container rewrites from
 * {@code X-Forwarded-For}/{@code Forwarded} only when {@code server.forward-headers-strategy} says a proxy is
 * trusted, so a client cannot choose its own address by sending such a header.
 */
public final class PortalAuthenticationDetails extends WebAuthenticationDetails implements SignInOrigin {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Builds the details for the login form and the token endpoint alike. */
    public static final AuthenticationDetailsSource<HttpServletRequest, PortalAuthenticationDetails> SOURCE =
            PortalAuthenticationDetails::new;

    private PortalAuthenticationDetails(HttpServletRequest request) {
        super(request);
    }

    @Override
    public @Nullable String clientAddress() {
        return getRemoteAddress();
    }
}
