package dev.partnerportal.productaccess;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
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
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One request for product access and its decision. It moves once, from requested to approved (with an expiry) or
 * rejected (with a reason); the reminder before the expiry is recorded so that it goes out once.
 */
@Entity
@Table(name = "product_access_request")
class ProductAccessGrant {

    static final int REASON_MAX_LENGTH = ProductAccessRequest.REASON_MAX_LENGTH;

    enum Decision { REQUESTED, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProductAccessKind kind;

    @Column(nullable = false, length = ProductAccessForm.PRODUCT_MAX_LENGTH)
    private String product;

    @Column(nullable = false, length = ProductAccessForm.PURPOSE_MAX_LENGTH)
    private String purpose;

    @Column(nullable = false, length = ProductAccessForm.PEOPLE_MAX_LENGTH)
    private String people;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision status;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "expires_on")
    private @Nullable LocalDate expiresOn;

    @Column(name = "rejection_reason", length = REASON_MAX_LENGTH)
    private @Nullable String rejectionReason;

    @Column(name = "reminder_sent_at")
    private @Nullable Instant reminderSentAt;

    @Version
    private long version;

    protected ProductAccessGrant() {
    }

    ProductAccessGrant(OrganizationId organization, ProductAccessForm form, long requestedBy, Instant now) {
        this.organizationId = organization.value();
        this.kind = Objects.requireNonNull(form.kind(), "kind");
        this.product = form.product().strip();
        this.purpose = form.purpose().strip();
        this.people = form.people().strip();
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.status = Decision.REQUESTED;
    }

    void approve(long by, LocalDate expiresOn, Instant now) {
        requireUndecided();
        this.status = Decision.APPROVED;
        this.expiresOn = expiresOn;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    void reject(long by, String reason, Instant now) {
        requireUndecided();
        this.status = Decision.REJECTED;
        this.rejectionReason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    void reminded(Instant now) {
        this.reminderSentAt = now;
    }

    private void requireUndecided() {
        if (status != Decision.REQUESTED) {
            throw new RuleViolation(ProductAccessError.ALREADY_DECIDED);
        }
    }

    ProductAccessStatus statusOn(LocalDate today) {
        return switch (status) {
            case REQUESTED -> ProductAccessStatus.REQUESTED;
            case REJECTED -> ProductAccessStatus.REJECTED;
            case APPROVED -> expiresOn != null && expiresOn.isBefore(today) ? ProductAccessStatus.EXPIRED : ProductAccessStatus.APPROVED;
        };
    }

    ProductAccessRequest view(String organizationName, LocalDate today) {
        return new ProductAccessRequest(new ProductAccessId(id), new OrganizationId(organizationId), organizationName, kind,
                product, purpose, people, statusOn(today), requestedAt, expiresOn, rejectionReason);
    }

    Long id() {
        return id;
    }

    OrganizationId organization() {
        return new OrganizationId(organizationId);
    }

    long requestedBy() {
        return requestedBy;
    }

    String product() {
        return product;
    }

    ProductAccessKind kind() {
        return kind;
    }

    @Nullable LocalDate expiresOn() {
        return expiresOn;
    }
}
