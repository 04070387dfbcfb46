package dev.partnerportal.deal;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.Mailer;
import dev.partnerportal.shared.ScheduledJobs;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the person who registered a deal that its protection ends soon, through the outbox. A reminder goes
 * out once per end date: the run marks the registration in the same transaction as the mail, so running the job
 * again (or on two nodes in turn) sends nothing new; a granted extension moves the end and allows a new one.
 */
@Component
class ProtectionReminders {

    private final DealRegistrations registrations;
    private final UserAccounts users;
    private final Mailer mailer;
    private final DealTerms terms;
    private final Clock clock;

    ProtectionReminders(DealRegistrations registrations, UserAccounts users, Mailer mailer, DealTerms terms, Clock clock) {
        this.registrations = registrations;
        this.users = users;
        this.mailer = mailer;
        this.terms = terms;
        this.clock = clock;
    }

    /** Sends the reminders that are due; returns how many registrations it reminded about. */
    @Scheduled(cron = "${portal.deals.reminder-cron:0 30 6 * * *}")
    @SchedulerLock(name = "deal.protection-reminders", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    @Transactional
    void remindOnSchedule() {
        remind();
    }

    @Transactional
    public int remind() {
        var today = LocalDate.now(clock);
        var horizon = today.plusDays(terms.reminderDays());
        int sent = 0;
        for (var registration : registrations.protectedFrom(today, EnumSet.of(DealStage.WON, DealStage.LOST))) {
            var end = registration.getProtectedUntil();
            if (end == null || end.isAfter(horizon) || registration.remindedForCurrentEnd()) {
                continue;
            }
            var by = registration.getRegisteredBy();
            if (by != null) {
                users.find(new UserId(by)).filter(UserAccount::enabled).ifPresent(person -> {
                    var locale = person.preferredLocale() == null ? Locale.ENGLISH : person.preferredLocale();
                    mailer.queueTemplate(person.email(), locale, "dealProtectionEnding", registration.getCustomerCompany(),
                            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(end),
                            person.displayName(), String.valueOf(registration.getId()));
                });
            }
            registration.reminded();
            registrations.save(registration);
            sent++;
        }
        return sent;
    }
}
