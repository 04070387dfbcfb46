package dev.partnerportal.lead;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lead and the one partner it is offered to or accepted by, if any. It guards its own status. */
@Entity
@Table(name = "sales_lead")
class SalesLead {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String company;

    @Column(name = "customer_domain")
    private @Nullable String domain;

    @Column(nullable = false, length = 2)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String country;

    private @Nullable String region;

    private @Nullable String industry;

    @Column(name = "minimum_tier")
    private @Nullable String minimumTier;

    @Column(name = "partner_type")
    private @Nullable String partnerType;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(name = "contact_phone")
    private @Nullable String contactPhone;

    /** Comma-separated; product names hold no commas. */
    @Column(nullable = false)
    private String products;

    @Column(name = "estimated_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal estimatedValue;

    @Column(nullable = false, length = 3)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String currency;

    private @Nullable String notes;

    @Column(name = "fund_request_id")
    private @Nullable UUID fundRequestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStatus status;

    @Column(name = "offered_to")
    private @Nullable Long offeredTo;

    @Column(name = "offered_at")
    private @Nullable Instant offeredAt;

    @Column(name = "offer_expires_at")
    private @Nullable Instant offerExpiresAt;

    @Column(name = "accepted_by")
    private @Nullable Long acceptedBy;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    /** The id the {@link LeadConversion} answered on acceptance. */
    @Column(name = "deal_registration_id")
    private @Nullable Long dealRegistrationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private @Nullable Long createdBy;

    @Version
    private long version;

    protected SalesLead() {
    }

    SalesLead(NewLead lead, @Nullable Long createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.company = lead.company();
        this.domain = lead.domain();
        this.country = lead.country();
        this.region = lead.region();
        this.industry = lead.industry();
        this.minimumTier = lead.minimumTier();
        this.partnerType = lead.partnerType();
        this.contactName = lead.contactName();
        this.contactEmail = lead.contactEmail();
        this.contactPhone = lead.contactPhone();
        this.products = String.join(",", lead.products().stream().sorted().toList());
        this.estimatedValue = lead.estimatedValue();
        this.currency = lead.currency();
        this.notes = lead.notes();
        this.fundRequestId = lead.fundRequestId();
        this.status = LeadStatus.UNASSIGNED;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    void offer(long organization, Instant at, Instant expiresAt) {
        status = LeadStatus.OFFERED;
        offeredTo = organization;
        offeredAt = at;
        offerExpiresAt = expiresAt;
    }

    /** No eligible partner is left: back to staff. */
    void returnToStaff() {
        status = LeadStatus.RETURNED;
        offeredTo = null;
        offeredAt = null;
        offerExpiresAt = null;
    }

    /** The organization it is offered to accepts it; the offer history keeps which organization that was. */
    void accept(long organization, long by, Instant at, long dealRegistration) {
        requireOfferedTo(organization);
        status = LeadStatus.ACCEPTED;
        offeredTo = null;
        offerExpiresAt = null;
        acceptedBy = by;
        acceptedAt = at;
        dealRegistrationId = dealRegistration;
    }

    void requireOfferedTo(long organization) {
        if (status != LeadStatus.OFFERED || offeredTo == null || offeredTo != organization) {
            throw new RuleViolation(LeadError.NOT_OFFERED);
        }
    }

    boolean offerExpired(Instant now) {
        return status == LeadStatus.OFFERED && offerExpiresAt != null && !now.isBefore(offerExpiresAt);
    }

    UUID getId() {
        return id;
    }

    String getCompany() {
        return company;
    }

    @Nullable String getDomain() {
        return domain;
    }

    String getCountry() {
        return country;
    }

    @Nullable String getRegion() {
        return region;
    }

    @Nullable String getIndustry() {
        return industry;
    }

    @Nullable String getMinimumTier() {
        return minimumTier;
    }

    @Nullable String getPartnerType() {
        return partnerType;
    }

    String getContactName() {
        return contactName;
    }

    String getContactEmail() {
        return contactEmail;
    }

    @Nullable String getContactPhone() {
        return contactPhone;
    }

    Set<String> getProducts() {
        return products.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(products.split(",")));
    }

    BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    String getCurrency() {
        return currency;
    }

    @Nullable String getNotes() {
        return notes;
    }

    @Nullable UUID getFundRequestId() {
        return fundRequestId;
    }

    LeadStatus getStatus() {
        return status;
    }

    @Nullable Long getOfferedTo() {
        return offeredTo;
    }

    @Nullable Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }

    @Nullable Long getDealRegistrationId() {
        return dealRegistrationId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
