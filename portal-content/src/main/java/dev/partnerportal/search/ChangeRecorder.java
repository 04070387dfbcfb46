package dev.partnerportal.search;

import dev.partnerportal.content.AttachmentsChanged;
import dev.partnerportal.content.ContentAudienceChanged;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentPublished;
import dev.partnerportal.content.ContentWithdrawn;
import dev.partnerportal.content.TranslationGroupChanged;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes the change log entry inside the transaction that changes the content (a plain
 * {@code @EventListener} runs in the publisher's transaction), then, once that transaction has committed,
 * wakes the local index follower so the change is searchable at once instead of at the next poll. Other nodes hear
 * of it through {@link ChangeNotifications} on PostgreSQL.
 */
@Component
class ChangeRecorder {

    private final SearchChanges changes;
    private final IndexFollower follower;
    private final Clock clock;
    private final ChangeNotifications notifications;

    ChangeRecorder(SearchChanges changes, IndexFollower follower, Clock clock, ChangeNotifications notifications) {
        this.changes = changes;
        this.notifications = notifications;
        this.follower = follower;
        this.clock = clock;
    }

    @EventListener
    void on(ContentPublished event) {
        record(event.itemId());
    }

    @EventListener
    void on(ContentWithdrawn event) {
        record(event.itemId());
    }

    @EventListener
    void on(AttachmentsChanged event) {
        record(event.itemId());
    }

    @EventListener
    void on(TranslationGroupChanged event) {
        record(event.itemId());
    }

    @EventListener
    void on(ContentAudienceChanged event) {
        record(event.itemId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(TranslationGroupChanged event) {
        follower.wake();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(ContentAudienceChanged event) {
        follower.wake();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(ContentPublished event) {
        follower.wake();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(ContentWithdrawn event) {
        follower.wake();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(AttachmentsChanged event) {
        follower.wake();
    }

    private void record(ContentItemId item) {
        changes.save(new SearchChange(item.value(), clock.instant()));
        notifications.changed();
    }
}
