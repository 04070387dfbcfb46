package dev.partnerportal.deal;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A registered opportunity. It guards its own life: a decision once, stages only while open, won only when
 * approved and with the final amount, lost only with a reason, an extension only while protected.
 */
@Entity
@Table(name = "deal_registration")
class DealRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    /** Null for demo registrations whose person has no account. */
    @Column(name = "registered_by")
    private @Nullable Long registeredBy;

    @Column(name = "customer_company", nullable = false, length = NewDeal.COMPANY_MAX_LENGTH)
    private String customerCompany;

    @Column(name = "customer_key", nullable = false, length = NewDeal.COMPANY_MAX_LENGTH)
    private String customerKey;

    @Column(name = "customer_domain", nullable = false, length = NewDeal.DOMAIN_MAX_LENGTH)
    private String customerDomain;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, length = 500)
    private String products;

    @Column(name = "estimated_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal estimatedValue;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "expected_close", nullable = false)
    private LocalDate expectedClose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DealStage stage;

    @Column(length = NewDeal.NOTES_MAX_LENGTH)
    private @Nullable String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decision_reason", length = NewDeal.REASON_MAX_LENGTH)
    private @Nullable String decisionReason;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "protected_until")
    private @Nullable LocalDate protectedUntil;

    @Column(name = "reminded_for")
    private @Nullable LocalDate remindedFor;

    @Column(name = "extension_reason", length = NewDeal.REASON_MAX_LENGTH)
    private @Nullable String extensionReason;

    @Column(name = "extension_requested_at")
    private @Nullable Instant extensionRequestedAt;

    @Column(name = "final_amount", precision = 19, scale = 2)
    private @Nullable BigDecimal finalAmount;

    @Column(name = "lost_reason", length = NewDeal.REASON_MAX_LENGTH)
    private @Nullable String lostReason;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(name = "lead_id")
    private @Nullable UUID leadId;

    @Column(name = "fund_request_id")
    private @Nullable UUID fundRequestId;

    @Version
    private long version;

    protected DealRegistration() {
    }

    /** A registration of already validated and normalized values. */
    DealRegistration(long organizationId, @Nullable Long registeredBy, String company, String customerKey, String domain,
                     String country, String products, BigDecimal estimatedValue, String currency, LocalDate expectedClose,
                     DealStage stage, @Nullable String notes, Instant submittedAt) {
        this.organizationId = organizationId;
        this.registeredBy = registeredBy;
        this.customerCompany = company;
        this.customerKey = customerKey;
        this.customerDomain = domain;
        this.country = country;
        this.products = products;
        this.estimatedValue = estimatedValue;
        this.currency = currency;
        this.expectedClose = expectedClose;
        this.stage = stage;
        this.notes = notes;
        this.status = RegistrationStatus.SUBMITTED;
        this.submittedAt = submittedAt;
    }

    void cameFrom(UUID lead, @Nullable UUID fundRequest) {
        this.leadId = lead;
        this.fundRequestId = fundRequest;
    }

    boolean closed() {
        return stage.closed() || status == RegistrationStatus.REJECTED;
    }

    /** Protected on {@code day}: approved and not past the last day of protection. */
    boolean protectedOn(LocalDate day) {
        return status == RegistrationStatus.APPROVED && protectedUntil != null && !day.isAfter(protectedUntil);
    }

    /** Counts against other partners' registrations of the same customer: awaiting review, or protected. */
    boolean claimsCustomerOn(LocalDate day) {
        return stage != DealStage.LOST && (status == RegistrationStatus.SUBMITTED || protectedOn(day));
    }

    void approve(long by, @Nullable String reason, Instant at, LocalDate protectedUntil) {
        requireUndecided();
        this.status = RegistrationStatus.APPROVED;
        decide(by, reason, at);
        this.protectedUntil = protectedUntil;
    }

    void reject(long by, String reason, Instant at) {
        requireUndecided();
        this.status = RegistrationStatus.REJECTED;
        decide(by, reason, at);
    }

    private void decide(long by, @Nullable String reason, Instant at) {
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void requireUndecided() {
        if (status != RegistrationStatus.SUBMITTED) {
            throw new RuleViolation(DealError.ALREADY_DECIDED);
        }
        if (stage.closed()) {
            throw new RuleViolation(DealError.CLOSED);
        }
    }

    void moveTo(DealStage next, @Nullable BigDecimal amount, @Nullable String reason, LocalDate today) {
        requireOpen();
        if (next == DealStage.WON) {
            if (status != RegistrationStatus.APPROVED) {
                throw new RuleViolation(DealError.NOT_APPROVED);
            }
            this.finalAmount = amount;
            this.closedOn = today;
        } else if (next == DealStage.LOST) {
            this.lostReason = reason;
            this.closedOn = today;
        }
        this.stage = next;
    }

    void changeNotes(@Nullable String notes) {
        requireOpen();
        this.notes = notes;
    }

    void requestExtension(String reason, Instant at, LocalDate today) {
        requireOpen();
        if (!protectedOn(today) || extensionRequestedAt != null) {
            throw new RuleViolation(DealError.EXTENSION_NOT_POSSIBLE);
        }
        this.extensionReason = reason;
        this.extensionRequestedAt = at;
    }

    /** Grants (moving the end of protection) or refuses the pending extension request. */
    void decideExtension(@Nullable LocalDate newEnd) {
        if (extensionRequestedAt == null) {
            throw new RuleViolation(DealError.NO_EXTENSION_REQUESTED);
        }
        if (newEnd != null) {
            this.protectedUntil = newEnd;
        }
        this.extensionRequestedAt = null;
        this.extensionReason = null;
    }

    void reminded() {
        this.remindedFor = protectedUntil;
    }

    boolean remindedForCurrentEnd() {
        return protectedUntil != null && protectedUntil.equals(remindedFor);
    }

    private void requireOpen() {
        if (closed()) {
            throw new RuleViolation(DealError.CLOSED);
        }
    }

    Long getId() {
        return id;
    }

    long getOrganizationId() {
        return organizationId;
    }

    @Nullable Long getRegisteredBy() {
        return registeredBy;
    }

    String getCustomerCompany() {
        return customerCompany;
    }

    String getCustomerKey() {
        return customerKey;
    }

    String getCustomerDomain() {
        return customerDomain;
    }

    String getCountry() {
        return country;
    }

    List<String> getProducts() {
        return products.isEmpty() ? List.of() : Arrays.asList(products.split(","));
    }

    BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    String getCurrency() {
        return currency;
    }

    LocalDate getExpectedClose() {
        return expectedClose;
    }

    DealStage getStage() {
        return stage;
    }

    @Nullable String getNotes() {
        return notes;
    }

    RegistrationStatus getStatus() {
        return status;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable String getDecisionReason() {
        return decisionReason;
    }

    @Nullable LocalDate getProtectedUntil() {
        return protectedUntil;
    }

    @Nullable String getExtensionReason() {
        return extensionReason;
    }

    boolean isExtensionRequested() {
        return extensionRequestedAt != null;
    }

    @Nullable BigDecimal getFinalAmount() {
        return finalAmount;
    }

    @Nullable String getLostReason() {
        return lostReason;
    }

    @Nullable LocalDate getClosedOn() {
        return closedOn;
    }

    @Nullable UUID getFundRequestId() {
        return fundRequestId;
    }
}
