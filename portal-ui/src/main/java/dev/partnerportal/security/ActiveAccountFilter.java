package dev.partnerportal.security;

import dev.partnerportal.identity.AccountStatus;
import dev.partnerportal.identity.PortalPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was deactivated, changed role or changed password since it signed in,
 * at its very next request: the session is invalidated and the request continues as anonymous, so the usual
 * rules send it to the login. The check is one read of the account's security version.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final AccountStatus accounts;

    ActiveAccountFilter(AccountStatus accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal
                && !accounts.isCurrent(principal)) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
