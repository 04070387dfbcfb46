package dev.partnerportal.earlyaccess;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One organization's place in (or request for) one beta. */
@Entity
@Table(name = "beta_participation")
class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "beta_id", nullable = false)
    private Long betaId;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipationOrigin origin;

    @Column(name = "requested_by", nullable = false)
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected Participation() {
    }

    /** An application waits for staff; an invitation is a decision already, so it takes a place at once. */
    Participation(BetaId beta, OrganizationId organization, ParticipationOrigin origin, UserId by, Instant at) {
        this.betaId = beta.value();
        this.organizationId = organization.value();
        this.origin = origin;
        this.requestedBy = by.value();
        this.requestedAt = at;
        this.status = origin == ParticipationOrigin.INVITATION ? ParticipationStatus.ACCEPTED : ParticipationStatus.APPLIED;
        if (origin == ParticipationOrigin.INVITATION) {
            this.decidedBy = by.value();
            this.decidedAt = at;
        }
    }

    void decide(boolean accept, UserId by, Instant at) {
        if (status != ParticipationStatus.APPLIED) {
            throw new RuleViolation(EarlyAccessError.NOT_PENDING);
        }
        status = accept ? ParticipationStatus.ACCEPTED : ParticipationStatus.DECLINED;
        decidedBy = by.value();
        decidedAt = at;
    }

    long id() {
        return id;
    }

    BetaId betaId() {
        return new BetaId(betaId);
    }

    OrganizationId organizationId() {
        return new OrganizationId(organizationId);
    }

    ParticipationStatus status() {
        return status;
    }

    ParticipationOrigin origin() {
        return origin;
    }

    Instant requestedAt() {
        return requestedAt;
    }
}
