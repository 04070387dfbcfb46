package dev.partnerportal.mail;

import dev.partnerportal.shared.EmailAddresses;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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

    /**
     * Queues the mail {@code templateKey} from {@link MailTemplates} in the language of {@code recipientLocale},
     * the RECIPIENT's preferred locale (null: English); see {@link #queue(String, String, String)}.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public long queueTemplate(String recipient, @Nullable Locale recipientLocale, String templateKey, Object... arguments) {
        var text = templates.render(templateKey, recipientLocale, arguments);
        return save(new MailMessage(EmailAddresses.normalize(recipient), text.subject(), text.body(), text.language(),
                clock.instant()));
    }

    /**
     * Queues the mail {@code templateKey} like {@link #queueTemplate}, as mail the recipient can stop with one
     * click: it carries {@code List-Unsubscribe: <unsubscribeUrl>} and {@code List-Unsubscribe-Post:
     * List-Unsubscribe=One-Click} (RFC 8058). {@code unsubscribeUrl} must answer a POST without a login.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public long queueUnsubscribable(String recipient, @Nullable Locale recipientLocale, String unsubscribeUrl,
                                    String templateKey, Object... arguments) {
        var text = templates.render(templateKey, recipientLocale, arguments);
        var message = new MailMessage(EmailAddresses.normalize(recipient), text.subject(), text.body(), text.language(),
                clock.instant());
        message.unsubscribeAt(unsubscribeUrl);
        return save(message);
    }

    /** The word {@code word.<key>} of the mail templates in the recipient's language, to fill into a template. */
    @PreAuthorize("permitAll()")
    public String word(String key, @Nullable Locale recipientLocale) {
        return templates.word(key, recipientLocale);
    }

    /**
     * Queues a message to {@code recipient}. Open to every caller because the services that call it (an
     * application form, an invitation, a password reset) do their own authorization first.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public long queue(String recipient, String subject, String body) {
        return save(new MailMessage(EmailAddresses.normalize(recipient), subject, body, null, clock.instant()));
    }

    private long save(MailMessage message) {
        var saved = messages.save(message);
        events.publishEvent(new MailQueued(saved.getId()));
        return saved.getId();
    }
}
