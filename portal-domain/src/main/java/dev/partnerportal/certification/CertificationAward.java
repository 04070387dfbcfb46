package dev.partnerportal.certification;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One award of a certification to one person. Renewing creates a new award that points at the old one, so a
 * person's history keeps every period; revoking is the only change an award ever sees.
 */
@Entity
@Table(name = "certification_award")
class CertificationAward {

    static final int REASON_MAX_LENGTH = Certification.REASON_MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "definition_id", nullable = false)
    private Long definitionId;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "organization_id", nullable = false)
    private Long organizationId;
    @Column(name = "verification_code", nullable = false, unique = true, length = 30)
    private String verificationCode;
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;
    @Column(name = "awarded_at", nullable = false)
    private Instant awardedAt;
    @Column(name = "renewal_of")
    private @Nullable Long renewalOf;
    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;
    @Column(name = "revoked_reason", length = REASON_MAX_LENGTH)
    private @Nullable String revokedReason;
    @Column(name = "revoked_by")
    private @Nullable Long revokedBy;

    protected CertificationAward() {
    }

    CertificationAward(long definitionId, long userId, long organizationId, String verificationCode, LocalDate issuedOn,
                       LocalDate expiresOn, Instant awardedAt, @Nullable Long renewalOf) {
        if (!expiresOn.isAfter(issuedOn)) {
            throw new IllegalArgumentException("expiresOn must be after issuedOn");
        }
        this.definitionId = definitionId;
        this.userId = userId;
        this.organizationId = organizationId;
        this.verificationCode = verificationCode;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.awardedAt = awardedAt;
        this.renewalOf = renewalOf;
    }

    /** Withdraws the award; refuses a second revocation and a blank reason. */
    void revoke(String reason, long by, Instant now) {
        if (revokedAt != null) {
            throw new RuleViolation(CertificationError.ALREADY_REVOKED);
        }
        if (reason.isBlank() || reason.strip().length() > REASON_MAX_LENGTH) {
            throw new RuleViolation(CertificationError.REASON_LENGTH, REASON_MAX_LENGTH);
        }
        this.revokedAt = now;
        this.revokedReason = reason.strip();
        this.revokedBy = by;
    }

    CertificationStatus status(LocalDate today) {
        return CertificationStatus.on(today, expiresOn, revokedAt != null);
    }

    Long id() { return id; }
    long definitionId() { return definitionId; }
    long userId() { return userId; }
    long organizationId() { return organizationId; }
    String verificationCode() { return verificationCode; }
    LocalDate issuedOn() { return issuedOn; }
    LocalDate expiresOn() { return expiresOn; }
    Instant awardedAt() { return awardedAt; }
    @Nullable String revokedReason() { return revokedReason; }
}
