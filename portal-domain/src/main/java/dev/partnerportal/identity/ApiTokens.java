package dev.partnerportal.identity;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the REST API. A token is 256 random bits; only its SHA-256 is stored, and
 * every use looks the account up again, so the tokens of an account that was disabled, changed role or
 * changed password since they were issued stop working at once.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "ppt_";

    private final ApiTokenStore tokens;
    private final PortalUsers users;
    private final CurrentAccount currentAccount;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenStore tokens, PortalUsers users, CurrentAccount currentAccount, AuditTrail audit, Clock clock,
              @Value("${portal.api.token-lifetime:1h}") Duration lifetime) {
        this.tokens = tokens;
        this.users = users;
        this.currentAccount = currentAccount;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Issues a token for the caller signed in on this thread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public IssuedToken issueForCaller() {
        var user = currentAccount.requireUser();
        return issue(user, SecurityContextHolder.getContext().getAuthentication().getPrincipal());
    }

    /**
     * Issues a token for {@code authenticated}, the outcome of a password check the portal's authentication
     * provider has just made. The token endpoint uses this, not {@link #issueForCaller()}: its caller is this
     * argument and never the thread's security context, which under Vaadin's context holder strategy is the
     * context of whichever browser session is current on the thread.
     */
    // Declared on the argument, not on the ambient context: only an authenticated portal principal gets a token.
    @PreAuthorize("#authenticated.authenticated and #authenticated.principal instanceof T(dev.partnerportal.identity.PortalPrincipal)")
    @Transactional
    public IssuedToken issueFor(Authentication authenticated) {
        var principal = (PortalPrincipal) authenticated.getPrincipal();
        var user = users.findById(principal.caller().userId().value())
                .filter(PortalUser::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("account no longer active"));
        return issue(user, principal);
    }

    private IssuedToken issue(PortalUser user, Object principal) {
        if (principal instanceof PortalPrincipal signedIn && signedIn.securityVersion() != user.getSecurityVersion()) {
            // Signed in under credentials or a role that have changed since: no token outlives that change.
            throw new AccessDeniedException("account changed since sign-in");
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var expiresAt = now.plus(lifetime);
        tokens.save(new ApiToken(hash(raw), user.id().value(), user.getSecurityVersion(), now, expiresAt));
        audit.record(AuditAction.API_TOKEN_ISSUED, user.getEmail(), user.getOrganization(), "expires " + expiresAt, null);
        return new IssuedToken(raw, expiresAt);
    }

    /**
     * The principal a presented token stands for, if it is known, unexpired and its account enabled.
     * Open to anonymous callers: this is how an API request becomes authenticated.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PortalPrincipal> authenticate(String rawToken) {
        if (!rawToken.startsWith(PREFIX) || rawToken.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findByTokenHash(hash(rawToken))
                .filter(token -> token.isValidAt(now))
                .flatMap(token -> users.findById(token.userId())
                        .filter(PortalUser::isEnabled)
                        .filter(token::isCurrentFor))
                .map(user -> {
                    var principal = new PortalPrincipal(user);
                    principal.eraseCredentials();
                    return principal;
                });
    }

    /** Deletes every token of {@code user}: after a password change or reset none of them may be used again. */
    void revokeAll(PortalUser user) {
        tokens.deleteByUser(user.id().value());
    }

    @Scheduled(fixedDelayString = "${portal.api.token-cleanup-interval:1h}")
    @SchedulerLock(name = "identity.purge-expired-tokens")
    @Transactional
    void purgeExpired() {
        tokens.deleteExpired(clock.instant());
    }

    private static String hash(String raw) {
        return Sha256.hex(raw);
    }
}
