package dev.partnerportal.activity;

import dev.partnerportal.shared.ScheduledJobs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps activity for {@code portal.activity.retention} (a period, 13 months by default) and no longer: every
 * night the events and the roll-ups of days before the start of the retention period are deleted.
 */
@Component
public class ActivityRetention {

    private static final Logger log = LoggerFactory.getLogger(ActivityRetention.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period retention;
    private final ActivityRollup rollup;

    ActivityRetention(JdbcClient jdbc, Clock clock, ActivityRollup rollup,
                      @Value("${portal.activity.retention:P13M}") Period retention) {
        this.rollup = rollup;
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("portal.activity.retention must be a positive period");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** The first day still kept today. */
    public LocalDate keptFrom() {
        return LocalDate.now(clock).minus(retention);
    }

    /**
     * Deletes the events and roll-ups older than the retention period, each table in a statement of its own (a
     * partly done run is completed by the next), then rolls up again the month the retention period starts in.
     */
    @Scheduled(cron = "${portal.activity.retention-cron:0 40 3 * * *}")
    @SchedulerLock(name = "activity.enforce-retention", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    public void enforce() {
        var from = keptFrom();
        var cutoff = ActivityRollup.at(from.atStartOfDay(clock.getZone()).toInstant());
        var events = jdbc.sql("delete from activity_event where occurred_at < ?").param(cutoff).update();
        for (var table : new String[] {"activity_person_day", "activity_subject_day", "activity_query_day",
                "activity_rolled_day"}) {
            jdbc.sql("delete from " + table + " where activity_day < ?").param(from).update();
        }
        for (var table : new String[] {"activity_person_month", "activity_subject_month", "activity_query_month"}) {
            jdbc.sql("delete from " + table + " where activity_month < ?").param(from.withDayOfMonth(1)).update();
        }
        // The month the retention period starts in keeps only its days still kept.
        rollup.rollUpMonths(from, from);
        if (events > 0) {
            log.info("Deleted {} activity events from before {}", events, from);
        }
    }
}
