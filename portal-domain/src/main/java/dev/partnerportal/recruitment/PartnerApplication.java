package dev.partnerportal.recruitment;

import dev.partnerportal.partner.PartnerType;
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
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One application to join the partner program, and the decision on it. */
@Entity
@Table(name = "partner_application")
class PartnerApplication {

    public static final int REASON_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_name", nullable = false, length = 160)
    private String companyName;

    @Column(length = 200)
    private @Nullable String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type", nullable = false, length = 20)
    private PartnerType partnerType;

    @Column(nullable = false, length = 40)
    private String region;

    @Column(name = "contact_name", nullable = false, length = 120)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "ready_score", nullable = false)
    private int ready;

    @Column(name = "willing_score", nullable = false)
    private int willing;

    @Column(name = "able_score", nullable = false)
    private int able;

    @Column(name = "values_score", nullable = false)
    private int values;

    @Column(length = 2000)
    private @Nullable String motivation;

    @Column(nullable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "decision_reason", length = REASON_MAX_LENGTH)
    private @Nullable String decisionReason;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Version
    private long version;

    /** The portal language the applicant wrote in; null: English. */
    @Column(length = 8)
    private @Nullable String language;

    protected PartnerApplication() {
    }

    PartnerApplication(ApplicationForm form, String normalizedEmail, @Nullable String language, Instant now) {
        this.language = language;
        this.companyName = form.companyName().strip();
        this.website = form.website() == null || form.website().isBlank() ? null : form.website().strip();
        this.partnerType = form.partnerType();
        this.region = form.region().strip();
        this.contactName = form.contactName().strip();
        this.contactEmail = normalizedEmail;
        this.ready = form.ready();
        this.willing = form.willing();
        this.able = form.able();
        this.values = form.values();
        this.motivation = form.motivation() == null || form.motivation().isBlank() ? null : form.motivation().strip();
        this.score = ApplicationScore.of(ready, willing, able, values);
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
    }

    void approve(UserId by, OrganizationId organization, Instant now) {
        requireOpen();
        this.status = ApplicationStatus.APPROVED;
        this.decidedBy = by.value();
        this.decidedAt = now;
        this.organizationId = organization.value();
    }

    void reject(UserId by, String reason, Instant now) {
        requireOpen();
        if (reason.isBlank() || reason.length() > REASON_MAX_LENGTH) {
            throw new RuleViolation(RecruitmentError.REASON_REQUIRED, REASON_MAX_LENGTH);
        }
        this.status = ApplicationStatus.REJECTED;
        this.decidedBy = by.value();
        this.decidedAt = now;
        this.decisionReason = reason.strip();
    }

    private void requireOpen() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new RuleViolation(RecruitmentError.ALREADY_DECIDED);
        }
    }

    public long getId() {
        return id;
    }

    public String getCompanyName() {
        return companyName;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public PartnerType getPartnerType() {
        return partnerType;
    }

    public String getRegion() {
        return region;
    }

    public String getContactName() {
        return contactName;
    }

    /** The applicant's language, for the mail they receive (null: English). */
    public @Nullable Locale getLanguage() {
        return language == null ? null : Locale.forLanguageTag(language);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public int getReady() {
        return ready;
    }

    public int getWilling() {
        return willing;
    }

    public int getAble() {
        return able;
    }

    public int getValues() {
        return values;
    }

    public @Nullable String getMotivation() {
        return motivation;
    }

    public int getScore() {
        return score;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public @Nullable String getDecisionReason() {
        return decisionReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Long getOrganizationId() {
        return organizationId;
    }
}
