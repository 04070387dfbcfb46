package dev.partnerportal.mail;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal has sent or is holding, newest first, administrators only. One-time links are always shown
 * masked; without a mail server an administrator may reveal a held message's links once (audited), after
 * which they are scrubbed from the database like those of delivered mail.
 */
@Service
public class Outbox {

    private final MailMessages messages;
    private final AuditTrail audit;
    private final Clock clock;

    Outbox(MailMessages messages, AuditTrail audit, Clock clock) {
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of mail with links masked. Opening the first page is recorded in the audit log. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<OutboxMail> list(Pageable pageable) {
        var page = messages.findAllByOrderByIdDesc(pageable).map(OutboxMail::of);
        if (pageable.isUnpaged() || pageable.getPageNumber() == 0) {
            audit.recordRead(AuditAction.OUTBOX_VIEWED, null, null);
        }
        return page;
    }

    /**
     * The full body of a message that still holds a one-time link, exactly once: the link is scrubbed from the
     * stored message in the same transaction and the reveal is audited. Empty when there is nothing to reveal
     * (no such message, no link, already delivered, revealed or expired).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<String> revealLinks(long messageId) {
        return messages.findById(messageId).filter(MailMessage::revealable).map(message -> {
            var body = message.getBody();
            message.scrubLinks(clock.instant());
            audit.recordChange(AuditAction.OUTBOX_LINK_REVEALED, null,
                    "mail " + message.getId() + " to " + message.getRecipient());
            return body;
        });
    }
}
