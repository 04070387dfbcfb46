package dev.partnerportal.plan;

import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.ScheduledJobs;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily: tells an organization's people of the partner's commitments in their current plan that fall due this
 * week, and again once they are overdue ({@link NotificationKind#COMMITMENT_DUE}). Each commitment remembers the
 * last notice, so a run that repeats (or a second node) tells nobody twice.
 */
@Component
class CommitmentDueNotices {

    private final PartnerRegistry organizations;
    private final Plans plans;
    private final Commitments commitments;
    private final Notify notify;
    private final Clock clock;

    CommitmentDueNotices(PartnerRegistry organizations, Plans plans, Commitments commitments, Notify notify,
                         Clock clock) {
        this.organizations = organizations;
        this.plans = plans;
        this.commitments = commitments;
        this.notify = notify;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.plans.commitment-due-cron:0 0 6 * * *}")
    @SchedulerLock(name = "plan.commitment-due", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    @Transactional
    void sendOnSchedule() {
        sendDue();
    }

    /** Tells the notices that are due; answers how many commitments were reported. */
    @Transactional
    int sendDue() {
        var today = LocalDate.now(clock);
        int reported = 0;
        for (var org : organizations.all()) {
            var plan = plans.current(org.id(), today);
            if (plan.isEmpty()) {
                continue;
            }
            for (var commitment : commitments.findByPlanIdOrderByDueWeekAscIdAsc(plan.get().getId())) {
                if (commitment.getSide() != PlanSide.PARTNER) {
                    continue;
                }
                int stage = commitment.dueStageOn(plan.get(), today);
                if (stage <= commitment.getDueNotice()) {
                    continue;
                }
                commitment.markDueNotice(stage);
                commitments.saveAndFlush(commitment);
                notify.organization(org.organizationId(), NotificationKind.COMMITMENT_DUE, commitment.getDescription(),
                        "/plan?commitment=" + commitment.getId());
                reported++;
            }
        }
        return reported;
    }
}
