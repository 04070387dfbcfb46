package dev.partnerportal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An issued API bearer token, known only by its hash. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** The account's security version at issue: the token dies when the account's version moves on. */
    @Column(name = "security_version", nullable = false)
    private long securityVersion;

    protected ApiToken() {
    }

    ApiToken(String tokenHash, Long userId, long securityVersion, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.securityVersion = securityVersion;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    Long userId() {
        return userId;
    }

    boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** True while the account is still at the security version this token was issued under. */
    boolean isCurrentFor(PortalUser user) {
        return user.getSecurityVersion() == securityVersion;
    }
}
