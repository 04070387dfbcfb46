package dev.partnerportal.mail;

import dev.partnerportal.shared.EmailAddresses;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues plain-text mail. The message is written in the caller's transaction, so it exists exactly when
 * the change that caused it does, and is delivered after commit.
 */
@Service
public class Mailer {

    private final MailMessages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MailTemplates templates;

    Mailer(MailMessages messages, ApplicationEventPublisher events, Clock clock, MailTemplates templates) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.templates = templates;
    }

    /** Queues the mail {@code templateKey} from {@link MailTemplates} in {@code locale}; see {@link #queue(String, String, String)}. */
    @PreAuthorize("permitAll()")
    @Transactional
    public long queueTemplate(String recipient, Locale locale, String templateKey, Object... arguments) {
        var text = templates.render(templateKey, locale, arguments);
        return queue(recipient, text.subject(), text.body());
    }

    /**
     * Queues a message to {@code recipient}. Open to every caller because the services that call it (an
     * application form, an invitation, a password reset) do their own authorization first.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public long queue(String recipient, String subject, String body) {
        var message = messages.save(new MailMessage(EmailAddresses.normalize(recipient), subject, body, clock.instant()));
        events.publishEvent(new MailQueued(message.getId()));
        return message.getId();
    }
}
