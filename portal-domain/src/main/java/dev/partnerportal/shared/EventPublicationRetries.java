package dev.partnerportal.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits module-listener publications that failed, once they are {@code portal.events.retry-after} old, and
 * forgets completed ones after {@code portal.events.keep-completed} (ADR 012, docs/operations.md). Without
 * this a failed reaction (an optimistic-lock conflict on a tier change, say) would wait for the next restart.
 */
@Component
class EventPublicationRetries {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationRetries.class);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final Clock clock;
    private final Duration retryAfter;
    private final int batch;
    private final Duration keepCompleted;

    EventPublicationRetries(FailedEventPublications failed, CompletedEventPublications completed, Clock clock,
                            @Value("${portal.events.retry-after:30s}") Duration retryAfter,
                            @Value("${portal.events.retry-batch:100}") int batch,
                            @Value("${portal.events.keep-completed:7d}") Duration keepCompleted) {
        this.failed = failed;
        this.completed = completed;
        this.clock = clock;
        this.retryAfter = retryAfter;
        this.batch = batch;
        this.keepCompleted = keepCompleted;
    }

    /** Runs every failed publication not tried for retry-after once more; one that fails again waits for a later run. */
    @Scheduled(fixedDelayString = "${portal.events.retry-interval:1m}", initialDelayString = "${portal.events.retry-interval:1m}")
    @SchedulerLock(name = "events.resubmit-failed")
    void resubmitFailed() {
        var due = clock.instant().minus(retryAfter);
        // The age is checked here as well: Modulith 2.1.1's JPA query applies minAge only to publications
        // without a status, not to FAILED ones. Counted from the last attempt, so a lasting failure is retried
        // every retry-after, not on every run.
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(retryAfter).withBatchSize(batch)
                .withFilter(publication -> lastAttempt(publication).isBefore(due)));
    }

    private static Instant lastAttempt(EventPublication publication) {
        return Optional.ofNullable(publication.getLastResubmissionDate()).orElse(publication.getPublicationDate());
    }

    /** Completed publications only serve diagnosis; the table stays small. */
    @Scheduled(fixedDelayString = "${portal.events.purge-interval:1h}", initialDelayString = "${portal.events.purge-interval:1h}")
    @SchedulerLock(name = "events.purge-completed")
    void purgeCompleted() {
        completed.deletePublicationsOlderThan(keepCompleted);
        log.debug("Completed event publications older than {} deleted.", keepCompleted);
    }
}
