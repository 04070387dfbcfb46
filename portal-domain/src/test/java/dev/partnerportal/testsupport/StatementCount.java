package dev.partnerportal.testsupport;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the JDBC statements Hibernate prepares while a piece of work runs, through Hibernate's statistics switched
 * on at run time (never through a property: that would cost the suite another application context). Statistics
 * count every thread, and background work (the search follower's poll, event reactions) may add a statement now
 * and then, so {@link #fewest} runs the work several times and keeps the smallest count: the work's own. Close it
 * in {@code @AfterEach} to switch statistics off again.
 */
public final class StatementCount implements AutoCloseable {

    private final Statistics statistics;

    private StatementCount(Statistics statistics) {
        this.statistics = statistics;
    }

    public static StatementCount on(EntityManagerFactory entityManagerFactory) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        return new StatementCount(statistics);
    }

    /** Statements prepared while {@code work} ran once (background work included). */
    public long of(Runnable work) {
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }

    /** The fewest statements of {@code runs} runs of {@code work}: repeatable reads only. */
    public long fewest(int runs, Runnable work) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            fewest = Math.min(fewest, of(work));
        }
        return fewest;
    }

    @Override
    public void close() {
        statistics.setStatisticsEnabled(false);
        statistics.clear();
    }
}
