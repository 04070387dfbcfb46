package dev.partnerportal.productfeedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One person's vote for one public idea; the key makes it one vote per person. */
@Entity
@Table(name = "product_feedback_vote")
class IdeaVote {

    @Embeddable
    record Key(@Column(name = "feedback_id") Long feedbackId, @Column(name = "user_id") Long userId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    /** The voter's organization, kept so that health can count an organization's votes without the identity feature. */
    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected IdeaVote() {
    }

    IdeaVote(long feedbackId, long userId, long organizationId, Instant votedAt) {
        this.key = new Key(feedbackId, userId);
        this.organizationId = organizationId;
        this.votedAt = votedAt;
    }
}
