package dev.partnerportal.mail;

import dev.partnerportal.shared.PortalMeters;
import io.micrometer.core.instrument.Counter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mail after commit and retries what failed. Without an SMTP server
 * ({@code spring.mail.host} unset) messages stay in the outbox for administrators to read. One-time links are
 * scrubbed from a message once it is delivered, and from held or failed ones after
 * {@code portal.mail.outbox-link-retention} (by then the links have expired or should be sent again).
 *
 * <p>Mail goes out as UTF-8 plain text: a subject in Korean or Arabic is encoded per RFC 2047, the body with a
 * transfer encoding the mail library chooses, and {@code Content-Language} names the language it is written in.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final MailMessages messages;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final Duration linkRetention;
    private final Counter failures;

    MailDelivery(MailMessages messages, ObjectProvider<JavaMailSender> sender, PlatformTransactionManager transactions,
                 Clock clock, @Value("${portal.mail.from:partner-portal@localhost}") String from,
                 @Value("${portal.mail.outbox-link-retention:7d}") Duration linkRetention, PortalMeters meters) {
        this.failures = Counter.builder(MailMeters.DELIVERY_FAILURES).description("Failed mail delivery attempts")
                .register(meters.registry());
        this.linkRetention = linkRetention;
        this.messages = messages;
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(MailQueued queued) {
        deliver(queued.messageId());
    }

    @Scheduled(fixedDelayString = "${portal.mail.retry-interval:1m}")
    @SchedulerLock(name = "mail.deliver-queued")
    void retryQueued() {
        messages.findTop50ByStatusOrderByIdAsc(MailStatus.QUEUED).forEach(message -> deliver(message.getId()));
    }

    /** Scrubs the links of delivered mail (including mail sent before links were scrubbed) and of expired held mail. */
    @Scheduled(fixedDelayString = "${portal.mail.retry-interval:1m}")
    @SchedulerLock(name = "mail.scrub-expired-links")
    void scrubExpiredLinks() {
        boolean more;
        do {
            more = Boolean.TRUE.equals(transaction.execute(status -> scrubBatch()));
        } while (more);
    }

    /** Scrubs up to a hundred messages of each kind; true when there may be more. Each one scrubbed is marked. */
    private boolean scrubBatch() {
        var now = clock.instant();
        var batch = new ArrayList<MailMessage>(messages.findTop100ByScrubbedAtIsNullAndStatusOrderByIdAsc(MailStatus.SENT));
        batch.addAll(messages.findTop100ByScrubbedAtIsNullAndStatusInAndCreatedAtBeforeOrderByIdAsc(
                List.of(MailStatus.OUTBOX, MailStatus.FAILED), now.minus(linkRetention)));
        batch.forEach(message -> message.scrubLinks(now));
        return !batch.isEmpty();
    }

    /**
     * Sends one queued message. What to send is read in a short transaction and the outcome written in another,
     * so the SMTP conversation never holds a database connection.
     */
    void deliver(long id) {
        var smtp = sender.getIfAvailable();
        var mail = transaction.execute(status -> messages.findById(id)
                .filter(message -> message.getStatus() == MailStatus.QUEUED)
                .map(message -> {
                    if (smtp == null) {
                        message.keptInOutbox();
                        return null;
                    }
                    return toMail(message);
                })
                .orElse(null));
        if (smtp == null || mail == null) {
            return;
        }
        try {
            smtp.send(mime -> {
                var helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(mail.recipient());
                helper.setSubject(mail.subject());
                helper.setText(mail.body(), false);
                if (mail.language() != null) {
                    mime.setHeader("Content-Language", mail.language());
                }
                if (mail.listUnsubscribe() != null) {
                    mime.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
                    mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                }
            });
            transaction.executeWithoutResult(status -> messages.findById(id)
                    .ifPresent(message -> message.delivered(clock.instant())));
        } catch (MailException e) {
            failures.increment();
            transaction.executeWithoutResult(status -> messages.findById(id).ifPresent(message -> {
                log.warn("Mail {} could not be delivered (attempt {}): {}", id, message.getAttempts() + 1, e.getMessage());
                message.failedAttempt(e.getClass().getSimpleName() + ": " + e.getMessage());
            }));
        }
    }

    /** What to send, read from the outbox row while its transaction is open. */
    private record Outgoing(String recipient, String subject, String body, @Nullable String language,
                            @Nullable String listUnsubscribe) {
    }

    private static Outgoing toMail(MailMessage message) {
        return new Outgoing(message.getRecipient(), message.getSubject(), message.getBody(), message.getLanguage(),
                message.getListUnsubscribe());
    }
}
