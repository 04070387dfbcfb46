package dev.partnerportal.identity;

import dev.partnerportal.shared.Sha256;
import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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

    /** Issues a token for the authenticated caller. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public IssuedToken issueForCaller() {
        var user = currentAccount.requireUser();
        if (SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof PortalPrincipal principal
                && principal.securityVersion() != user.getSecurityVersion()) {
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
    @Transactional
    void purgeExpired() {
        tokens.deleteExpired(clock.instant());
    }

    private static String hash(String raw) {
        return Sha256.hex(raw);
    }
}
