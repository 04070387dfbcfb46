package dev.partnerportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One "was this helpful?" answer. */
@Entity
@Table(name = "content_feedback")
class ContentFeedbackEntry {

    static final int COMMENT_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "organization_id")
    private @Nullable Long organizationId;
    @Column(nullable = false)
    private boolean helpful;
    @Column(name = "comment_text", nullable = false, length = COMMENT_MAX_LENGTH)
    private String comment;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContentFeedbackEntry() {
    }

    ContentFeedbackEntry(ContentItemId item, long userId, @Nullable Long organizationId, boolean helpful,
                         String comment, Instant createdAt) {
        this.itemId = item.value();
        this.userId = userId;
        this.organizationId = organizationId;
        this.helpful = helpful;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    Long userId() { return userId; }
    @Nullable Long organizationId() { return organizationId; }
    boolean helpful() { return helpful; }
    String comment() { return comment; }
    Instant createdAt() { return createdAt; }
}
