package dev.partnerportal.content;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Publishes approved items when their publish time comes and archives published items at their expiry. */
@Component
public class ContentSchedule {

    private final ContentItems items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContentSchedule(ContentItems items, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    /** Runs every minute (property {@code portal.content.schedule-interval}); returns how many items changed. */
    @Scheduled(fixedDelayString = "${portal.content.schedule-interval:1m}")
    @SchedulerLock(name = "content.schedule")
    @Transactional
    void runOnSchedule() {
        run();
    }

    @Transactional
    public int run() {
        var now = clock.instant();
        var changed = 0;
        for (var item : items.findByStatusAndPublishAtLessThanEqual(ContentStatus.SCHEDULED, now)) {
            if (item.publishIfDue(now)) {
                events.publishEvent(new ContentPublished(item.id()));
                changed++;
            }
        }
        for (var item : items.findByStatusAndExpireAtLessThanEqual(ContentStatus.PUBLISHED, now)) {
            if (item.expireIfDue(now)) {
                events.publishEvent(new ContentWithdrawn(item.id()));
                changed++;
            }
        }
        return changed;
    }
}
