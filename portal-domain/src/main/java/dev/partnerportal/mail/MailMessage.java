package dev.partnerportal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One outgoing plain-text mail. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    public static final int SUBJECT_MAX_LENGTH = 200;
    public static final int BODY_MAX_LENGTH = 20_000;
    static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private @Nullable String lastError;

    protected MailMessage() {
    }

    MailMessage(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        if (subject.isBlank() || subject.length() > SUBJECT_MAX_LENGTH || body.length() > BODY_MAX_LENGTH
                || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("subject must be one line of 1.." + SUBJECT_MAX_LENGTH
                    + " characters and the body at most " + BODY_MAX_LENGTH);
        }
        this.subject = subject;
        this.body = body;
        this.status = MailStatus.QUEUED;
        this.createdAt = createdAt;
    }

    void delivered(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    void keptInOutbox() {
        status = MailStatus.OUTBOX;
    }

    void failedAttempt(String error) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable String getLastError() {
        return lastError;
    }
}
