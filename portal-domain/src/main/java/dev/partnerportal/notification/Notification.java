package dev.partnerportal.notification;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One notification to one person. The subject is the name of the thing (an item's title), words around it are
 * translated when shown; the link is a portal path. A digest notification waits until a digest run claims it.
 */
@Entity
@Table(name = "notification")
class Notification {

    static final int SUBJECT_MAX_LENGTH = 300;
    static final int LINK_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(nullable = false, length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(nullable = false, length = LINK_MAX_LENGTH)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable NotificationChannel digest;

    @Column(name = "digest_claim", length = 40)
    private @Nullable String digestClaim;

    @Column(name = "digested_at")
    private @Nullable Instant digestedAt;

    protected Notification() {
    }

    Notification(UserId recipient, @Nullable OrganizationId organization, NotificationKind kind, String subject,
                 String link, Instant createdAt, @Nullable NotificationChannel digest) {
        if (!link.startsWith("/") || link.startsWith("//") || link.length() > LINK_MAX_LENGTH) {
            throw new IllegalArgumentException("a notification links to a portal path");
        }
        this.recipientId = recipient.value();
        this.organizationId = organization == null ? null : organization.value();
        this.kind = kind;
        this.subject = subject.length() > SUBJECT_MAX_LENGTH ? subject.substring(0, SUBJECT_MAX_LENGTH - 1) + "\u2026" : subject;
        this.link = link;
        this.createdAt = createdAt;
        this.digest = digest != null && digest.isDigest() ? digest : null;
    }

    /** Marks it read; reading it again keeps the first time. */
    boolean markRead(Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        return true;
    }

    NotificationId id() {
        return new NotificationId(id);
    }

    UserId recipient() {
        return new UserId(recipientId);
    }

    NotificationKind kind() {
        return kind;
    }

    String subject() {
        return subject;
    }

    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant readAt() {
        return readAt;
    }

    NotificationEntry entry() {
        return new NotificationEntry(id(), kind, subject, link, createdAt, readAt);
    }
}
