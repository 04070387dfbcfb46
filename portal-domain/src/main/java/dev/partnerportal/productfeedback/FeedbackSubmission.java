package dev.partnerportal.productfeedback;

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

/** One piece of product feedback or one idea from a partner organization, with its triage. */
@Entity
@Table(name = "product_feedback")
class FeedbackSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(name = "submitted_by", nullable = false)
    private Long submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackKind kind;

    @Column(name = "product_area", nullable = false, length = FeedbackDraft.AREA_MAX_LENGTH)
    private String productArea;

    @Column(nullable = false, length = FeedbackDraft.TITLE_MAX_LENGTH)
    private String title;

    @Column(nullable = false, length = FeedbackDraft.DESCRIPTION_MAX_LENGTH)
    private String description;

    /** A beta of the early-access feature, referred to by id. */
    @Column(name = "beta_id")
    private @Nullable Long betaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FeedbackVisibility visibility;

    @Column(length = Triage.REPLY_MAX_LENGTH)
    private @Nullable String reply;

    @Column(name = "replied_by")
    private @Nullable Long repliedBy;

    @Column(name = "replied_at")
    private @Nullable Instant repliedAt;

    /** Kept with the row so that public ideas sort by votes in the database; changed only by atomic updates. */
    @Column(name = "vote_count", nullable = false)
    private int voteCount;

    @Version
    private long version;

    protected FeedbackSubmission() {
    }

    FeedbackSubmission(OrganizationId organization, UserId by, Instant at, FeedbackKind kind, String productArea,
                       String title, String description, @Nullable Long betaId) {
        this.organizationId = organization.value();
        this.submittedBy = by.value();
        this.submittedAt = at;
        this.kind = kind;
        this.productArea = productArea;
        this.title = title;
        this.description = description;
        this.betaId = betaId;
        this.status = FeedbackStatus.NEW;
        this.visibility = FeedbackVisibility.PRIVATE;
    }

    /** Moves to {@code target} if triage allows it; returns true when the status changed. */
    boolean moveTo(FeedbackStatus target) {
        if (!status.mayMoveTo(target)) {
            throw new RuleViolation(ProductFeedbackError.STATUS_CHANGE_NOT_ALLOWED, status, target);
        }
        var changed = status != target;
        status = target;
        return changed;
    }

    /** Shows the submission to its organization only, or (ideas only) to every partner; true when it changed. */
    boolean show(FeedbackVisibility target) {
        if (target == FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS && kind != FeedbackKind.IDEA) {
            throw new RuleViolation(ProductFeedbackError.ONLY_IDEAS_PUBLIC);
        }
        var changed = visibility != target;
        visibility = target;
        return changed;
    }

    /** Replaces the reply (blank removes it); true when it changed. */
    boolean reply(String text, UserId by, Instant at) {
        var next = text.isBlank() ? null : text.strip();
        if (java.util.Objects.equals(next, reply)) {
            return false;
        }
        reply = next;
        repliedBy = next == null ? null : by.value();
        repliedAt = next == null ? null : at;
        return true;
    }

    boolean openForVotes() {
        return kind == FeedbackKind.IDEA && visibility == FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS && status.openForVotes();
    }

    boolean visibleToAllPartners() {
        return visibility == FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS;
    }

    FeedbackId id() {
        return new FeedbackId(id);
    }

    OrganizationId organizationId() {
        return new OrganizationId(organizationId);
    }

    Instant submittedAt() {
        return submittedAt;
    }

    FeedbackKind kind() {
        return kind;
    }

    String productArea() {
        return productArea;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    @Nullable Long betaId() {
        return betaId;
    }

    FeedbackStatus status() {
        return status;
    }

    FeedbackVisibility visibility() {
        return visibility;
    }

    @Nullable String reply() {
        return reply;
    }

    @Nullable Instant repliedAt() {
        return repliedAt;
    }

    int voteCount() {
        return voteCount;
    }
}
