package dev.partnerportal.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the outbox unmasked, for tests that follow a link sent by mail. */
@Component
@Transactional(readOnly = true)
public class MailFixtures {

    /** A queued or sent message with its full body. */
    public record SentMail(long id, String recipient, String subject, String body, MailStatus status,
                           @Nullable Instant sentAt, @Nullable Instant scrubbedAt) {

        static SentMail of(MailMessage message) {
            return new SentMail(message.getId(), message.getRecipient(), message.getSubject(), message.getBody(),
                    message.getStatus(), message.getSentAt(), message.getScrubbedAt());
        }
    }

    private final MailMessages messages;

    MailFixtures(MailMessages messages) {
        this.messages = messages;
    }

    /** Every message to {@code recipient}, oldest first. */
    public List<SentMail> to(String recipient) {
        return messages.findByRecipientOrderByIdAsc(recipient).stream().map(SentMail::of).toList();
    }

    /** The message with this id, if it is still there. */
    public Optional<SentMail> find(long id) {
        return messages.findById(id).map(SentMail::of);
    }

    /** How many messages the outbox holds. */
    public long count() {
        return messages.count();
    }
}
