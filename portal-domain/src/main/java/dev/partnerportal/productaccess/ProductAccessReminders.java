package dev.partnerportal.productaccess;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.Mailer;
import dev.partnerportal.shared.ScheduledJobs;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily: reminds the requester by mail {@link #DAYS_BEFORE} days before approved access ends. The reminder is
 * recorded on the request in the same transaction as its mail (the outbox), so it goes out once however often the
 * job runs; access approved for fewer days than that is reminded on the next run.
 */
@Component
class ProductAccessReminders {

    static final int DAYS_BEFORE = 7;

    private final ProductAccessGrants grants;
    private final UserAccounts users;
    private final Mailer mailer;
    private final Clock clock;
    private final String baseUrl;

    ProductAccessReminders(ProductAccessGrants grants, UserAccounts users, Mailer mailer, Clock clock,
                           @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.grants = grants;
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends the reminders that are due; returns how many went out. */
    @Scheduled(cron = "${portal.product-access.reminder-cron:0 40 6 * * *}")
    @SchedulerLock(name = "productaccess.reminders", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    @Transactional
    void sendDueOnSchedule() {
        sendDue();
    }

    @Transactional
    int sendDue() {
        var today = LocalDate.now(clock);
        int sent = 0;
        for (var grant : grants.findUnremindedEndingBetween(today, today.plusDays(DAYS_BEFORE))) {
            grant.reminded(clock.instant());
            var requester = users.find(new UserId(grant.requestedBy()));
            if (requester.isPresent()) {
                var person = requester.get();
                mailer.queueTemplate(person.email(), person.preferredLocale() == null ? Locale.ENGLISH : person.preferredLocale(),
                        "productAccessEnding", person.displayName(), grant.product(), String.valueOf(grant.expiresOn()),
                        baseUrl + "/product-access", grant.kind().ordinal());
                sent++;
            }
        }
        return sent;
    }
}
