package dev.partnerportal.activity;

import dev.partnerportal.shared.Caller;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records activity without slowing or failing what the person did: a record joins an in-memory queue and a
 * background thread writes the queue in batches every {@code portal.activity.flush-interval} (500 ms). When the
 * queue is full (the database is down or far behind) records are dropped and counted, never waited for. Each node
 * writes its own queue; a node stopped in an orderly way writes what it holds first.
 * <p>
 * For other features' domain code, which has already decided who the caller is: it checks no caller itself.
 */
@Component
public class ActivityRecorder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ActivityRecorder.class);
    static final int QUEUE_CAPACITY = 50_000;
    static final int BATCH = 1_000;
    private static final String INSERT = "insert into activity_event (occurred_at, kind, user_id, organization_id, "
            + "subject_id, content_type, language, query_text, result_count, score, passed) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final BlockingQueue<ActivityRecord> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Object writing = new Object();
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ScheduledExecutorService writer;

    ActivityRecorder(JdbcTemplate jdbc, Clock clock,
                     @Value("${portal.activity.flush-interval:500ms}") java.time.Duration interval) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("activity-writer").factory());
        writer.scheduleWithFixedDelay(this::flushQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Queues {@code record}; returns at once and never throws for a full queue. */
    public void record(ActivityRecord record) {
        if (!queue.offer(record)) {
            if (dropped.incrementAndGet() % 1_000 == 1) {
                log.warn("Activity queue full: {} activity records dropped so far", dropped.get());
            }
        }
    }

    /** A successful sign-in of {@code caller}. */
    public void signedIn(Caller caller) {
        record(ActivityRecord.of(clock.instant(), ActivityKind.SIGN_IN, caller.userId(), caller.organizationId()));
    }

    /** {@code caller} viewed or downloaded ({@code kind}) the content item {@code itemId}. */
    public void contentUsed(Caller caller, ActivityKind kind, long itemId, String contentType, String language) {
        record(ActivityRecord.content(clock.instant(), kind, caller.userId(), caller.organizationId(), itemId,
                contentType, language));
    }

    /** {@code caller} searched for {@code query}, which found {@code results} items. */
    public void searched(Caller caller, String query, long results) {
        if (!query.isBlank()) {
            record(ActivityRecord.search(clock.instant(), caller.userId(), caller.organizationId(), query, results));
        }
    }

    /** {@code caller} opened {@code itemId} from the results of {@code query}. */
    public void searchClicked(Caller caller, String query, long itemId) {
        if (!query.isBlank()) {
            record(ActivityRecord.searchClick(clock.instant(), caller.userId(), caller.organizationId(), query, itemId));
        }
    }

    /** Lesson progress in a course, or a quiz result ({@code passed} set), as a percentage. */
    public void trained(Caller caller, ActivityKind kind, long subjectId, int percent, @Nullable Boolean passed) {
        record(ActivityRecord.training(clock.instant(), kind, caller.userId(), caller.organizationId(), subjectId,
                percent, passed));
    }

    /** How many records were dropped because the queue was full, since start. */
    public long dropped() {
        return dropped.get();
    }

    /** Writes everything queued so far before returning (tests, and the end of the benchmark's load). */
    public void flush() {
        synchronized (writing) {
            var batch = new ArrayList<ActivityRecord>(BATCH);
            while (queue.drainTo(batch, BATCH) > 0) {
                write(batch);
                batch.clear();
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // The records of a failed batch are lost: activity must never hold up the portal.
            log.warn("Could not write activity records: {}", e.toString());
        }
    }

    private void write(java.util.List<ActivityRecord> batch) {
        jdbc.batchUpdate(INSERT, batch, batch.size(), (statement, r) -> {
            statement.setObject(1, OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC));
            statement.setString(2, r.kind().name());
            statement.setLong(3, r.userId().value());
            setLong(statement, 4, r.organizationId() == null ? null : r.organizationId().value());
            setLong(statement, 5, r.subjectId());
            statement.setString(6, r.contentType());
            statement.setString(7, r.language());
            statement.setString(8, r.queryText());
            setInt(statement, 9, r.resultCount());
            setInt(statement, 10, r.score());
            if (r.passed() == null) {
                statement.setNull(11, Types.BOOLEAN);
            } else {
                statement.setBoolean(11, r.passed());
            }
        });
    }

    private static void setLong(java.sql.PreparedStatement statement, int index, @Nullable Long value)
            throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setInt(java.sql.PreparedStatement statement, int index, @Nullable Integer value)
            throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    @Override
    public void destroy() {
        writer.shutdown();
        flushQuietly();
    }
}
