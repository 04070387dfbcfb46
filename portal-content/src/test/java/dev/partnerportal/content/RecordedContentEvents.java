package dev.partnerportal.content;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Collects content events as an after-commit listener (like the search index will) sees them. */
@Component
class RecordedContentEvents {

    private final List<Object> afterCommit = new CopyOnWriteArrayList<>();

    /** What was heard so far. A method, not the field: after-commit listeners are proxied (ADR 012). */
    List<Object> afterCommit() {
        return afterCommit;
    }

    @TransactionalEventListener
    void published(ContentPublished event) {
        afterCommit.add(event);
    }

    @TransactionalEventListener
    void withdrawn(ContentWithdrawn event) {
        afterCommit.add(event);
    }
}
