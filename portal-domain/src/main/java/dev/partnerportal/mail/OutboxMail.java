package dev.partnerportal.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message as the outbox shows it: one-time links masked; {@code revealable} while a link can still be revealed once. */
public record OutboxMail(long id, String recipient, String subject, String maskedBody, MailStatus status,
                         Instant createdAt, @Nullable Instant sentAt, boolean revealable) {

    static OutboxMail of(MailMessage message) {
        return new OutboxMail(message.getId(), message.getRecipient(), message.getSubject(), message.maskedBody(),
                message.getStatus(), message.getCreatedAt(), message.getSentAt(),
                message.revealable());
    }
}
