package dev.partnerportal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A one-time link (invitation or password reset), known only by the hash of its token. */
@Entity
@Table(name = "account_link")
class AccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountLinkPurpose purpose;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected AccountLink() {
    }

    AccountLink(String tokenHash, AccountLinkPurpose purpose, Long userId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.userId = userId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        if (usedAt != null) {
            throw new AccountLinkException();
        }
        usedAt = now;
    }

    Long id() {
        return id;
    }

    Long userId() {
        return userId;
    }

    AccountLinkPurpose purpose() {
        return purpose;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
