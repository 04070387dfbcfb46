package dev.partnerportal.notification;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.Mailer;
import dev.partnerportal.shared.ScheduledJobs;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails each person one digest of the notifications waiting for their daily or weekly digest, in their language,
 * with a one-click unsubscribe link. Per person, one transaction claims the waiting rows (an update from
 * "unclaimed" that only one of two overlapping runs can win) and queues the mail in the outbox, so a notification
 * is mailed once even when two runs overlap, and a run that fails leaves it waiting for the next.
 */
@Component
public class NotificationDigests {

    /** The most notifications one digest lists (each line is at most about 900 characters). */
    static final int LINES_MAX = 15;

    private final NotificationRows rows;
    private final UserAccounts accounts;
    private final Mailer mailer;
    private final UnsubscribeLinks unsubscribe;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String baseUrl;

    NotificationDigests(NotificationRows rows, UserAccounts accounts, Mailer mailer, UnsubscribeLinks unsubscribe,
                        PlatformTransactionManager transactions, Clock clock,
                        @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.rows = rows;
        this.accounts = accounts;
        this.mailer = mailer;
        this.unsubscribe = unsubscribe;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Every morning (property {@code portal.notification.daily-digest-cron}). */
    @Scheduled(cron = "${portal.notification.daily-digest-cron:0 0 6 * * *}")
    @SchedulerLock(name = "notification.daily-digest", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    void daily() {
        send(NotificationChannel.DAILY_DIGEST);
    }

    /** Monday mornings (property {@code portal.notification.weekly-digest-cron}). */
    @Scheduled(cron = "${portal.notification.weekly-digest-cron:0 0 6 * * MON}")
    @SchedulerLock(name = "notification.weekly-digest", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    void weekly() {
        send(NotificationChannel.WEEKLY_DIGEST);
    }

    /**
     * Sends the {@code digest} (daily or weekly) to everyone who has notifications waiting for it; answers how
     * many digest mails this run queued.
     */
    public int send(NotificationChannel digest) {
        if (!digest.isDigest()) {
            throw new IllegalArgumentException("not a digest: " + digest);
        }
        var sent = 0;
        for (var recipient : rows.recipientsWaitingFor(digest)) {
            if (Boolean.TRUE.equals(transaction.execute(status -> sendTo(recipient, digest)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendTo(long recipient, NotificationChannel digest) {
        var claim = UUID.randomUUID().toString();
        if (rows.claim(recipient, digest, claim, clock.instant()) == 0) {
            return false;
        }
        var account = accounts.find(new UserId(recipient)).filter(a -> a.enabled() && !a.invitationPending());
        if (account.isEmpty()) {
            return false;
        }
        var locale = account.get().preferredLocale();
        var claimed = rows.findByDigestClaimOrderByCreatedAtAscIdAsc(claim);
        // The newest LINES_MAX are listed; the count and the notification centre tell of the rest.
        var lines = claimed.subList(Math.max(0, claimed.size() - LINES_MAX), claimed.size()).stream()
                .map(n -> "- " + mailer.word("notificationKind." + n.kind().name(), locale) + ": " + n.subject()
                        + "\n  " + baseUrl + n.link())
                .collect(Collectors.joining("\n"));
        var count = claimed.size();
        var token = unsubscribe.token(account.get().id(), digest.name());
        mailer.queueUnsubscribable(account.get().email(), locale, unsubscribe.oneClickUrl(token),
                digest == NotificationChannel.DAILY_DIGEST ? "notificationDailyDigest" : "notificationWeeklyDigest",
                count, lines, unsubscribe.pageUrl(token), baseUrl + "/account/notifications");
        return true;
    }
}
