package dev.partnerportal.publishing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Collects content events as an after-commit listener (like the search index will) sees them. */
@Component
class RecordedContentEvents {

    final List<Object> afterCommit = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void published(ContentPublished event) {
        afterCommit.add(event);
    }

    @TransactionalEventListener
    void withdrawn(ContentWithdrawn event) {
        afterCommit.add(event);
    }
}
