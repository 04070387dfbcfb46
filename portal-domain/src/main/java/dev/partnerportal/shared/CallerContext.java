package dev.partnerportal.shared;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Finds the {@link Caller} of the current request from Spring Security's context. */
@Component
public class CallerContext {

    /** The current caller, or empty for anonymous requests. */
    public Optional<Caller> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof Caller.Source source) {
            return Optional.of(source.caller());
        }
        return Optional.empty();
    }

    /** The current caller; throws {@link AccessDeniedException} when nobody is authenticated. */
    public Caller require() {
        return current().orElseThrow(() -> new AccessDeniedException("authentication required"));
    }
}
