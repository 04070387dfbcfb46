package dev.partnerportal.search;

import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this node's index in step with the database, on one background thread so that applying changes,
 * refreshing searchers, committing and rebuilding never overlap. It reads the change log from the
 * index's checkpoint (woken after each local commit, and every poll interval for other nodes' changes),
 * re-reads each changed item and indexes it, or removes it when it is no longer published. On start it
 * rebuilds a missing, corrupt or stale index from the database while searches answer "being rebuilt".
 */
@Component
class IndexFollower implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    private static final int BATCH = 500;

    private final SearchIndex index;
    private final SearchChanges changes;
    private final ContentLibrary library;
    private final SearchSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var t = new Thread(runnable, "search-index");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakePending = new AtomicBoolean();
    /** Entries behind the checkpoint applied within the lookback window, so each is applied once. */
    private final Map<Long, Instant> recentlyApplied = new ConcurrentHashMap<>();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong rebuildDone = new AtomicLong();
    private final AtomicLong rebuildTotal = new AtomicLong();
    private volatile boolean started;
    private volatile Instant lastCommit = Instant.EPOCH;
    private volatile boolean dirty;

    IndexFollower(SearchIndex index, SearchChanges changes, ContentLibrary library, SearchSettings settings,
                  TransactionTemplate transactions, Clock clock) {
        this.index = index;
        this.changes = changes;
        this.library = library;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** After the application (and its demo data) is ready: check the index against the database, then follow. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        thread.execute(this::startUp);
        var poll = settings.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::followQuietly, poll, poll, TimeUnit.MILLISECONDS);
        thread.scheduleWithFixedDelay(this::pruneQuietly, 1, 24 * 60, TimeUnit.MINUTES);
    }

    /** Asks for the log to be read now; calls while a read is already queued are folded into it. */
    void wake() {
        if (started && wakePending.compareAndSet(false, true)) {
            thread.execute(() -> {
                wakePending.set(false);
                followQuietly();
            });
        }
    }

    /** Runs a full rebuild on the follower thread; the current index keeps answering until it is done. */
    Future<?> rebuild() {
        return thread.submit(() -> rebuildNow("requested"));
    }

    /** Applies every change logged so far and waits for it; for tests and benchmarks that need "now". */
    void catchUp() {
        try {
            thread.submit(() -> {
                follow();
                return null;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the index could not catch up", e.getCause());
        }
    }

    /** Whether the start-up check (and a rebuild it needed) has run. */
    boolean started() {
        return started;
    }

    boolean isRebuilding() {
        return rebuilding.get() || !started;
    }

    long rebuildDone() {
        return rebuildDone.get();
    }

    long rebuildTotal() {
        return rebuildTotal.get();
    }

    private void startUp() {
        try {
            var reason = switch (index.health()) {
                case MISSING -> "missing";
                case CORRUPT -> "corrupt";
                case OTHER_SCHEMA -> "written with another schema";
                case USABLE -> staleness();
            };
            if (reason != null) {
                index.serving(false);
                rebuildNow(reason);
            } else {
                follow();
                if (index.documents() != library.publishedCount()) {
                    rebuildNow("out of step with the database");
                }
            }
        } catch (IOException | RuntimeException e) {
            log.error("Search index could not start; searches answer 'being rebuilt' until an admin rebuilds it", e);
        } finally {
            started = true;
        }
        // Changes committed while this node started (a rebuild can take minutes) woke nobody: wake() waits for the
        // start, and the rebuild's own follow-up ran before it. Read them now rather than at the next poll, which may
        // be far off when the other nodes' notifications are relied on.
        followQuietly();
    }

    /** Whether the log no longer reaches back to the checkpoint, or the database is older than the index. */
    private @org.jspecify.annotations.Nullable String staleness() {
        var last = changes.lastId().orElse(0L);
        var first = changes.firstId().orElse(last + 1);
        if (index.checkpoint() > last) {
            return "ahead of the database's change log (was the database replaced?)";
        }
        if (index.checkpoint() + 1 < first) {
            return "behind the oldest kept change-log entry";
        }
        return null;
    }

    private void followQuietly() {
        try {
            if (started && !rebuilding.get()) {
                follow();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Search index could not apply changes; it will retry", e);
        }
    }

    private void follow() throws IOException {
        var applied = false;
        var since = clock.instant().minus(settings.lookback());
        recentlyApplied.values().removeIf(at -> at.isBefore(since));
        var late = changes.findByIdLessThanEqualAndRecordedAtGreaterThanEqualOrderById(index.checkpoint(), since)
                .stream().filter(c -> recentlyApplied.putIfAbsent(c.id(), c.recordedAt()) == null).toList();
        applied |= apply(late);
        List<SearchChange> next;
        do {
            next = changes.findByIdGreaterThanOrderById(index.checkpoint(), Limit.of(BATCH));
            next.forEach(c -> recentlyApplied.put(c.id(), c.recordedAt()));
            applied |= apply(next);
            if (!next.isEmpty()) {
                index.applied(next.getLast().id());
            }
        } while (next.size() == BATCH);
        if (applied) {
            index.refresh();
            dirty = true;
        }
        if (dirty && !clock.instant().isBefore(lastCommit.plus(settings.commitInterval()))) {
            index.commit();
            lastCommit = clock.instant();
            dirty = false;
        }
    }

    private boolean apply(List<SearchChange> entries) throws IOException {
        var items = new LinkedHashSet<Long>();
        entries.forEach(c -> items.add(c.itemId()));
        for (var itemId : items) {
            var found = library.forIndex(new ContentItemId(itemId));
            if (found.isPresent()) {
                index.upsert(found.get());
            } else {
                index.delete(itemId);
            }
        }
        return !items.isEmpty();
    }

    private void rebuildNow(String reason) {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        try {
            log.info("Rebuilding the search index from the database: {}", reason);
            var asOf = changes.lastId().orElse(0L);
            rebuildTotal.set(library.publishedCount());
            rebuildDone.set(0);
            index.deleteAll();
            index.rebuilding(true);
            addEverything();
            index.rebuiltAsOf(asOf);
            recentlyApplied.clear();
            index.commit();
            lastCommit = clock.instant();
            index.refresh();
            index.serving(true);
            log.info("Search index rebuilt: {} items", rebuildDone.get());
        } catch (IOException | RuntimeException e) {
            log.error("Search index rebuild failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Search index rebuild interrupted");
        } finally {
            index.rebuilding(false);
            rebuilding.set(false);
        }
        followQuietly();
    }

    /**
     * Reads every published item in batches on this thread and hands each batch to one of
     * {@link SearchIndex#rebuildThreads()} indexing threads, which analyse and add it. Reading overlaps with
     * analysing and no thread waits for another's batch to finish; at most one batch per thread waits to be
     * indexed, so memory stays bounded. The first failure ends the rebuild.
     */
    private void addEverything() throws InterruptedException {
        var threads = SearchIndex.rebuildThreads();
        var waiting = new Semaphore(2 * threads);
        var indexed = new ArrayList<CompletableFuture<Void>>();
        var workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("search-rebuild-", 1).factory());
        try {
            var batch = library.publishedForIndex(0, BATCH);
            while (!batch.isEmpty()) {
                waiting.acquire();
                var current = batch;
                indexed.add(CompletableFuture.runAsync(() -> {
                    try {
                        index.addAll(current);
                        rebuildDone.addAndGet(current.size());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        waiting.release();
                    }
                }, workers));
                indexed.removeIf(done -> done.isDone() && !done.isCompletedExceptionally());
                indexed.stream().filter(CompletableFuture::isCompletedExceptionally).findFirst().ifPresent(CompletableFuture::join);
                batch = current.size() < BATCH ? List.of() : library.publishedForIndex(current.getLast().id().value(), BATCH);
            }
            CompletableFuture.allOf(indexed.toArray(CompletableFuture[]::new)).join();
        } finally {
            // Batches already handed over finish (at most two per thread), so no thread writes after the rebuild ends.
            workers.shutdown();
            workers.awaitTermination(5, TimeUnit.MINUTES);
        }
    }

    private void pruneQuietly() {
        try {
            var before = clock.instant().minus(settings.retention());
            transactions.executeWithoutResult(status -> changes.deleteRecordedBefore(before));
        } catch (RuntimeException e) {
            log.warn("Old search change-log entries could not be removed", e);
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
