package dev.partnerportal.security;

import dev.partnerportal.identity.PasswordSignInDisabledException;
import dev.partnerportal.identity.SignInBusyException;
import dev.partnerportal.identity.SignInDeferredException;
import dev.partnerportal.identity.SignInThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where the login form sends a refused sign-in: {@code /login?busy} when too many sign-ins are being checked at
 * this moment, {@code /login?throttled} after too many failures, {@code /login?error} otherwise. The login view
 * shows a message for each; none of them says whether the account exists.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        var outcome = switch (exception) {
            case SignInBusyException busy -> "busy";
            case SignInThrottledException throttled -> "throttled";
            case PasswordSignInDisabledException ssoOnly -> "sso=password-disabled";
            default -> "error";
        };
        if (exception instanceof SignInDeferredException deferred) {
            response.setHeader("Retry-After", Long.toString(deferred.retryAfterSeconds()));
        }
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }
}
