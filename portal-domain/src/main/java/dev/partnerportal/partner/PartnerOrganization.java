package dev.partnerportal.partner;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A partner company in the program. Everything a partner owns carries the id of one of these. */
@Entity
@Table(name = "partner_organization")
class PartnerOrganization {

    public static final int NAME_MAX_LENGTH = 160;
    public static final int REGION_MAX_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnerType type;

    @Column(nullable = false, length = REGION_MAX_LENGTH)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganizationStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tier_id", nullable = false)
    private PartnerTier tier;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "contact_name", length = 120)
    private @Nullable String contactName;

    @Column(name = "contact_email", length = 254)
    private @Nullable String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private @Nullable String contactPhone;

    @Column(length = 200)
    private @Nullable String website;

    /** Comma-separated industry names; see {@link OrganizationProfile#industries()}. */
    @Column(length = 500)
    private @Nullable String industries;

    /** Comma-separated product names; see {@link OrganizationProfile#products()}. */
    @Column(length = 800)
    private @Nullable String products;

    /** The vendor's partner manager for this organization, if one is assigned. */
    @Column(name = "partner_manager_id")
    private @Nullable Long partnerManagerId;

    @Version
    private long version;

    protected PartnerOrganization() {
    }

    public PartnerOrganization(String name, PartnerType type, String region, PartnerTier tier, Instant createdAt) {
        this.name = requireText(name, NAME_MAX_LENGTH, PartnerError.NAME_LENGTH);
        this.type = Objects.requireNonNull(type, "type");
        this.region = requireText(region, REGION_MAX_LENGTH, PartnerError.REGION_LENGTH);
        this.tier = Objects.requireNonNull(tier, "tier");
        this.status = OrganizationStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    private static String requireText(String value, int maxLength, ErrorCode tooLong) {
        var trimmed = Objects.requireNonNull(value, tooLong.code()).strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw new RuleViolation(tooLong, maxLength);
        }
        return trimmed;
    }

    public OrganizationId id() {
        return new OrganizationId(Objects.requireNonNull(id, "not yet persisted"));
    }

    public String getName() {
        return name;
    }

    public PartnerType getType() {
        return type;
    }

    public String getRegion() {
        return region;
    }

    public OrganizationStatus getStatus() {
        return status;
    }

    public PartnerTier getTier() {
        return tier;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<UserId> getPartnerManager() {
        return Optional.ofNullable(partnerManagerId).map(UserId::new);
    }

    /** Replaces the contact details, industries and products an organization shows about itself. */
    void updateProfile(OrganizationProfile profile) {
        this.contactName = profile.contactName();
        this.contactEmail = profile.contactEmail();
        this.contactPhone = profile.contactPhone();
        this.website = profile.website();
        this.industries = profile.industries().isEmpty() ? null : String.join(",", profile.industries());
        this.products = profile.products().isEmpty() ? null : String.join(",", profile.products());
    }

    OrganizationProfile profile() {
        return new OrganizationProfile(contactName, contactEmail, contactPhone, website,
                industries == null ? List.of() : List.of(industries.split(",")),
                products == null ? List.of() : List.of(products.split(",")));
    }

    /** Moves the organization to another tier; the caller records why (see the tier feature). */
    public void changeTier(PartnerTier newTier) {
        this.tier = Objects.requireNonNull(newTier);
    }

    /** Assigns (or with {@code null} removes) the vendor's partner manager. */
    public void assignPartnerManager(@Nullable UserId manager) {
        this.partnerManagerId = manager == null ? null : manager.value();
    }
}
