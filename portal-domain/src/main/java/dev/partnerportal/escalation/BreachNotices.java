package dev.partnerportal.escalation;

import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.ScheduledJobs;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every quarter hour: tells staff of active escalations past their response or resolution target
 * ({@link NotificationKind#ESCALATION_TARGET_BREACHED}): the organization's partner manager and escalation
 * contacts, or the administrators and channel managers when it has none. Each escalation remembers the last
 * breach told (the response target, then the resolution target), so a repeated run tells nobody twice.
 */
@Component
class BreachNotices {

    private final EscalationRecords escalations;
    private final EscalationMail recipients;
    private final Notify notify;
    private final Clock clock;

    BreachNotices(EscalationRecords escalations, EscalationMail recipients, Notify notify, Clock clock) {
        this.escalations = escalations;
        this.recipients = recipients;
        this.notify = notify;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.escalations.breach-cron:0 */15 * * * *}")
    @SchedulerLock(name = "escalation.breach-notices", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    @Transactional
    void sendOnSchedule() {
        sendDue();
    }

    /** Tells the breaches not told yet; answers how many escalations were reported. */
    @Transactional
    int sendDue() {
        var now = clock.instant();
        int reported = 0;
        var active = EnumSet.allOf(EscalationStatus.class).stream().filter(EscalationStatus::isActive).toList();
        for (var escalation : escalations.findByStatusIn(active)) {
            int stage = escalation.breachOn(now);
            if (stage <= escalation.getBreachNotice() || escalations.markBreachNotice(escalation.getId(), stage) == 0) {
                continue;
            }
            var link = "/escalation/" + escalation.getId();
            var people = recipients.recipients(new OrganizationId(escalation.getOrganizationId()));
            for (var person : people) {
                notify.person(person, NotificationKind.ESCALATION_TARGET_BREACHED, escalation.getTitle(), link);
            }
            if (people.isEmpty()) {
                notify.staff(Set.of(Role.ADMIN, Role.CHANNEL_MANAGER), null, NotificationKind.ESCALATION_TARGET_BREACHED,
                        escalation.getTitle(), link);
            }
            reported++;
        }
        return reported;
    }
}
