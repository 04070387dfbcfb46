package dev.partnerportal.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, tells every node of a change to the search log as soon as it commits, instead of at the next poll:
 * the change recorder sends {@code NOTIFY portal_search_change} in the transaction that logs the change (PostgreSQL
 * delivers it at commit, and never for a rollback), and each node LISTENs on a connection of its own and wakes its
 * index follower. The poll stays as the safety net: a lost connection or a missed notification costs latency, never
 * a change, because the follower always reads the log from its checkpoint. On H2 (one node) it does nothing.
 * <p>
 * The listening connection is taken from the pool for the node's lifetime: one connection per node.
 */
@Component
class ChangeNotifications implements DisposableBean {

    static final String CHANNEL = "portal_search_change";
    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final IndexFollower follower;
    private final boolean postgres;
    private volatile boolean running;
    private volatile Thread listener;

    ChangeNotifications(DataSource dataSource, JdbcTemplate jdbc, IndexFollower follower) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.follower = follower;
        this.postgres = isPostgres(dataSource);
    }

    /** In the transaction that logs a change: every node hears of it once that transaction commits. */
    void changed() {
        if (postgres) {
            jdbc.queryForList("select pg_notify(?, '')", CHANNEL);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        if (!postgres || running) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("search-notifications").start(this::hear);
    }

    private void hear() {
        while (running) {
            try (var connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Changes committed while the node was not listening are read now, then as they are announced.
                follower.wake();
                var pg = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        follower.wake();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Not listening for search changes ({}); retrying in {} s, polling meanwhile", e.toString(),
                            RETRY.toSeconds());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops listening before the pool closes (this bean depends on it, so it is destroyed first). */
    @Override
    public void destroy() throws InterruptedException {
        running = false;
        var thread = listener;
        if (thread != null) {
            thread.join(WAIT_MILLIS * 3L);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
