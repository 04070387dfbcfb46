package dev.partnerportal.certification;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.Mailer;
import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.ScheduledJobs;
import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staged reminders before a certification expires: {@link #STAGES} days before, in the portal and by mail (in
 * the holder's language, the date in their locale's long form),
 * and a last notice when it has expired (which also lets tiers count again). A stage is recorded in
 * {@code certification_reminder} in the same transaction as its mail, so it goes out exactly once, however
 * often the job runs and however many times the portal restarts. A job that missed days sends only the most
 * urgent stage due, never an older one after it.
 */
@Service
public class ExpiryReminders {

    /** Days before expiry at which a reminder goes out; 0 is the "has expired" notice. */
    static final List<Integer> STAGES = List.of(60, 30, 7, 0);

    private final CertificationAwards awards;
    private final CertificationDefinitions definitions;
    private final CertificationReminders reminders;
    private final UserAccounts users;
    private final Mailer mailer;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Notify notifications;
    private final Clock clock;
    private final String baseUrl;

    ExpiryReminders(CertificationAwards awards, CertificationDefinitions definitions, CertificationReminders reminders,
                    UserAccounts users, Mailer mailer, CallerContext callers, ApplicationEventPublisher events, Clock clock,
                    Notify notifications, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.awards = awards;
        this.definitions = definitions;
        this.reminders = reminders;
        this.users = users;
        this.mailer = mailer;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** The reminders the caller received for their certifications, newest first. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public List<ExpiryReminder> mine() {
        var own = awards.findByUserIdOrderByAwardedAtDescIdDesc(callers.require().userId().value());
        var byId = own.stream().collect(java.util.stream.Collectors.toMap(CertificationAward::id, a -> a));
        return reminders.findByAwardIdInOrderBySentAtDesc(own.stream().map(CertificationAward::id).toList()).stream()
                .map(r -> {
                    var award = byId.get(r.awardId());
                    var name = definitions.findById(award.definitionId()).orElseThrow().view().name();
                    return new ExpiryReminder(CertificationAwardId.of(award.id()), name, award.expiresOn(), r.stage(), r.sentAt());
                }).toList();
    }

    @Scheduled(cron = "${portal.certifications.reminder-cron:0 30 6 * * *}")
    @SchedulerLock(name = "certification.expiry-reminders", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    @Transactional
    void sendDueOnSchedule() {
        sendDue();
    }

    /** Daily: sends the reminder stages that are due. Returns how many went out. */
    @Transactional
    int sendDue() {
        var today = LocalDate.now(clock);
        int sent = 0;
        for (var award : awards.findUnrevokedExpiringAfter(today.minusDays(7))) {
            var latest = awards.findByUserIdAndDefinitionIdOrderByAwardedAtDescIdDesc(award.userId(), award.definitionId()).getFirst();
            if (!latest.id().equals(award.id())) {
                continue; // renewed: the newer award carries the reminders
            }
            long days = ChronoUnit.DAYS.between(today, award.expiresOn());
            int due = STAGES.stream().filter(stage -> days < 0 ? stage == 0 : days <= stage && stage > 0)
                    .reduce((a, b) -> b).orElse(-1);
            if (due < 0) {
                continue;
            }
            var done = reminders.findByAwardId(award.id()).stream().mapToInt(CertificationReminder::stage).min();
            if (done.isPresent() && done.getAsInt() <= due) {
                continue;
            }
            reminders.saveAndFlush(new CertificationReminder(award.id(), due, clock.instant()));
            notify(award, due);
            sent++;
        }
        return sent;
    }

    private void notify(CertificationAward award, int stage) {
        var definition = definitions.findById(award.definitionId()).orElseThrow().view();
        var holder = users.find(new UserId(award.userId())).orElseThrow();
        var link = baseUrl + "/certifications";
        var locale = holder.preferredLocale();
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(PortalLanguages.formatting(locale))
                .format(award.expiresOn());
        if (stage == 0) {
            mailer.queueTemplate(holder.email(), locale, "certificationExpired", holder.displayName(), definition.name(),
                    date, link);
            events.publishEvent(new CertificationEnded(CertificationAwardId.of(award.id()),
                    OrganizationId.of(award.organizationId()), definition.code(), CertificationStatus.EXPIRED));
        } else {
            mailer.queueTemplate(holder.email(), locale, "certificationExpiring", holder.displayName(), definition.name(),
                    date, link, stage);
        }
        // The holder also finds it in the notification centre, linking to where they renew.
        var renewal = definition.renewalQuizKey();
        notifications.person(holder.id(), NotificationKind.CERTIFICATION_EXPIRING, definition.name(),
                renewal == null ? "/certifications" : "/training/quiz/" + renewal);
    }
}
