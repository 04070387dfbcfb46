package dev.partnerportal.identity;

import dev.partnerportal.shared.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Creates and redeems one-time account links: 256 random bits, only the hash stored, single use, expiring. */
@Component
class OneTimeLinks {

    private final AccountLinks links;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    OneTimeLinks(AccountLinks links, Clock clock, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.links = links;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Creates a link for {@code user} and returns the full URL (base URL + path + token). */
    String create(PortalUser user, AccountLinkPurpose purpose, Duration lifetime, String path) {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        links.save(new AccountLink(Sha256.hex(token), purpose, user.id().value(), now, now.plus(lifetime)));
        return baseUrl + path + token;
    }

    /** The link behind a token, if it exists, is for {@code purpose} and can still be used. */
    Optional<AccountLink> usable(String token, AccountLinkPurpose purpose) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return links.findByTokenHash(Sha256.hex(token))
                .filter(link -> link.purpose() == purpose)
                .filter(link -> link.isUsable(now));
    }

    /**
     * Uses up the link, once: of two parallel redemptions of the same link exactly one succeeds. Call it inside
     * the transaction that acts on the link, so that a rollback gives the link back.
     *
     * @throws AccountLinkException when the link was used (or expired) in the meantime
     */
    void redeem(AccountLink link) {
        if (links.markUsedIfUsable(link.id(), clock.instant()) != 1) {
            throw new AccountLinkException();
        }
    }

    /** Ends every link of {@code purpose} that {@code user} has not used yet. */
    void revokeOutstanding(PortalUser user, AccountLinkPurpose purpose) {
        links.markOutstandingUsed(user.id().value(), purpose, clock.instant());
    }
}
