package dev.partnerportal.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The mail outbox as gauges: {@code portal.mail.outbox{status=queued|failed|outbox}} counts the messages waiting
 * for delivery, given up on, and kept for administrators (no SMTP server). Failed delivery attempts are the
 * counter {@code portal.mail.delivery.failures} ({@link MailDelivery}).
 */
@Component
class MailMeters implements MeterBinder {

    static final String DELIVERY_FAILURES = "portal.mail.delivery.failures";

    private final MailMessages messages;

    MailMeters(MailMessages messages) {
        this.messages = messages;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var status : new MailStatus[] {MailStatus.QUEUED, MailStatus.FAILED, MailStatus.OUTBOX}) {
            Gauge.builder("portal.mail.outbox", messages, m -> m.countByStatus(status))
                    .description("Mail messages in the outbox by status")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }
}
