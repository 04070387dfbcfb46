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
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One outgoing plain-text mail. A one-time link in the body (a URL whose last path segment is a token, as
 * invitation, password-reset and survey links are) is kept in full only until the mail is delivered, revealed
 * once to an administrator, or its retention ends; then the token is cut to its first characters
 * ({@link #scrubLinks}). Screens only ever show {@link #maskedBody()}.
 */
@Entity
@Table(name = "mail_message")
class MailMessage {

    public static final int SUBJECT_MAX_LENGTH = 200;
    public static final int BODY_MAX_LENGTH = 20_000;
    static final int MAX_ATTEMPTS = 5;

    /** A link ending in a one-time token: 32 or more URL-safe Base64 characters (the portal's are 43). */
    private static final Pattern TOKEN_LINK =
            Pattern.compile("(https?://\\S*?/)([A-Za-z0-9_-]{4})[A-Za-z0-9_-]{28,}(?![A-Za-z0-9_-])");
    static final String MASK = "\u2022\u2022\u2022\u2022";

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

    @Column(name = "scrubbed_at")
    private @Nullable Instant scrubbedAt;

    /** The portal language the text is written in; null for ready-made text. */
    @Column(length = 8)
    private @Nullable String language;

    /**
     * Where a person stops this kind of mail with one click (RFC 8058), sent as {@code List-Unsubscribe} with
     * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}; null for mail nobody can unsubscribe from.
     */
    @Column(name = "list_unsubscribe", length = 500)
    private @Nullable String listUnsubscribe;

    protected MailMessage() {
    }

    MailMessage(String recipient, String subject, String body, @Nullable String language, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        if (subject.isBlank() || subject.length() > SUBJECT_MAX_LENGTH || body.length() > BODY_MAX_LENGTH
                || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("subject must be one line of 1.." + SUBJECT_MAX_LENGTH
                    + " characters and the body at most " + BODY_MAX_LENGTH);
        }
        this.subject = subject;
        this.body = body;
        this.language = language;
        this.status = MailStatus.QUEUED;
        this.createdAt = createdAt;
    }

    /** Makes this mail one a person can stop with one click at {@code url} (an https or http address). */
    void unsubscribeAt(String url) {
        if (url.length() > 500 || !(url.startsWith("https://") || url.startsWith("http://")) || url.contains(">")) {
            throw new IllegalArgumentException("an unsubscribe address is an http(s) URL of at most 500 characters");
        }
        this.listUnsubscribe = url;
    }

    public @Nullable String getListUnsubscribe() {
        return listUnsubscribe;
    }

    void delivered(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
        scrubLinks(now);
    }

    /** The body with every one-time token cut to its first four characters. */
    public String maskedBody() {
        return mask(body);
    }

    /** True while the stored body still holds a usable one-time link. */
    public boolean holdsLink() {
        return scrubbedAt == null && TOKEN_LINK.matcher(body).find();
    }

    /** True when an administrator may reveal the links: the mail is held (no mail server) or could not be sent. */
    public boolean revealable() {
        return (status == MailStatus.OUTBOX || status == MailStatus.FAILED) && holdsLink();
    }

    /** Replaces the stored body by its masked form, for good; later calls change nothing. */
    void scrubLinks(Instant now) {
        if (scrubbedAt == null) {
            body = mask(body);
            scrubbedAt = now;
        }
    }

    static String mask(String text) {
        return TOKEN_LINK.matcher(text).replaceAll("$1$2" + MASK);
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

    public @Nullable String getLanguage() {
        return language;
    }

    public @Nullable Instant getScrubbedAt() {
        return scrubbedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable String getLastError() {
        return lastError;
    }
}
