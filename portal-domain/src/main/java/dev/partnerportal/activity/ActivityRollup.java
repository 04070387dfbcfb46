package dev.partnerportal.activity;

import dev.partnerportal.shared.ScheduledJobs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily and monthly roll-ups of the activity events, so that the dashboards answer from one row per person, item or
 * query and day (or month) instead of scanning the events. A month is rolled up from its days once its last day is. Days are those of the portal's clock zone. Every run rolls up each day
 * from the last rolled one (again: a record queued before midnight may arrive after the run) up to yesterday; the
 * dashboards read days after the last rolled one from the events themselves.
 */
@Component
public class ActivityRollup {

    private static final String CONTENT_KINDS = "('ITEM_VIEW', 'DOWNLOAD', 'PDF_DOWNLOAD')";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ActivityRollup(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The scheduled run: every hour by default ({@code portal.activity.rollup-cron}). */
    @Scheduled(cron = "${portal.activity.rollup-cron:0 5 * * * *}")
    @SchedulerLock(name = "activity.roll-up", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    public void rollUp() {
        rollUpThrough(today().minusDays(1));
    }

    /**
     * Rolls up every day up to {@code last} that is not rolled up yet, and the last rolled day again; returns
     * how many days it rolled up. Each day commits on its own.
     */
    public int rollUpThrough(LocalDate last) {
        var first = lastRolledDay().or(this::firstEventDay);
        if (first.isEmpty()) {
            return 0;
        }
        int days = 0;
        for (var day = first.get(); !day.isAfter(last); day = day.plusDays(1)) {
            var rolled = day;
            transactions.executeWithoutResult(status -> rollUp(rolled));
            days++;
        }
        rollUpMonths(first.get(), last);
        return days;
    }

    /**
     * Rolls up the days of {@code range} again, whatever was rolled up before: after events were loaded for past
     * days (an import, the benchmark, tests).
     */
    public void rollUp(DayRange range) {
        for (var day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            var rolled = day;
            transactions.executeWithoutResult(status -> rollUp(rolled));
        }
        rollUpMonths(range.from(), range.to());
    }

    /**
     * Rolls up again, from the days, every month touched by the days {@code from} to {@code to} whose last day is
     * rolled up: a month's rows exist only when the whole month is rolled up.
     */
    void rollUpMonths(LocalDate from, LocalDate to) {
        var lastRolled = lastRolledDay().orElse(null);
        for (var month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            var first = month;
            var end = month.plusMonths(1).minusDays(1);
            transactions.executeWithoutResult(status -> {
                for (var table : new String[] {"activity_person_month", "activity_subject_month", "activity_query_month"}) {
                    jdbc.sql("delete from " + table + " where activity_month = ?").param(first).update();
                }
                if (lastRolled != null && !end.isAfter(lastRolled)) {
                    rollUpMonth(first, end);
                }
            });
        }
    }

    private void rollUpMonth(LocalDate month, LocalDate end) {
        jdbc.sql("insert into activity_person_month (activity_month, user_id, organization_id, events, started, "
                        + "completed, passed, certified) select cast(:month as date), user_id, max(organization_id), "
                        + "sum(events), max(started), max(completed), max(passed), max(certified) "
                        + "from activity_person_day where activity_day >= :month and activity_day <= :end group by user_id")
                .param("month", month).param("end", end).update();
        jdbc.sql("insert into activity_subject_month (activity_month, kind, subject_id, content_type, language, events) "
                        + "select cast(:month as date), kind, subject_id, max(content_type), max(language), sum(events) "
                        + "from activity_subject_day where activity_day >= :month and activity_day <= :end "
                        + "group by kind, subject_id")
                .param("month", month).param("end", end).update();
        jdbc.sql("insert into activity_query_month (activity_month, query_text, searches, zero_results, clicks) "
                        + "select cast(:month as date), query_text, sum(searches), sum(zero_results), sum(clicks) "
                        + "from activity_query_day where activity_day >= :month and activity_day <= :end "
                        + "group by query_text")
                .param("month", month).param("end", end).update();
    }

    /** Rolls up what is missing before today, as the scheduled run would; cheap when nothing is missing. */
    public void catchUp() {
        var yesterday = today().minusDays(1);
        if (lastRolledDay().filter(day -> !day.isBefore(yesterday)).isEmpty()) {
            rollUpThrough(yesterday);
        }
    }

    /** The last day whose roll-ups are complete, if any. */
    public Optional<LocalDate> lastRolledDay() {
        return jdbc.sql("select max(activity_day) from activity_rolled_day").query(LocalDate.class).optional();
    }

    private Optional<LocalDate> firstEventDay() {
        return jdbc.sql("select min(occurred_at) from activity_event").query(java.time.OffsetDateTime.class).optional()
                .map(at -> LocalDate.ofInstant(at.toInstant(), clock.getZone()));
    }

    private void rollUp(LocalDate day) {
        var start = start(day);
        var end = start(day.plusDays(1));
        for (var table : new String[] {"activity_person_day", "activity_subject_day", "activity_query_day",
                "activity_rolled_day"}) {
            jdbc.sql("delete from " + table + " where activity_day = ?").param(day).update();
        }
        jdbc.sql("insert into activity_person_day (activity_day, user_id, organization_id, events, started, completed, "
                        + "passed, certified) select cast(:day as date), user_id, max(organization_id), count(*), "
                        + "max(case when kind = 'LESSON_PROGRESS' then 1 else 0 end), "
                        + "max(case when kind = 'LESSON_PROGRESS' and score = 100 then 1 else 0 end), "
                        + "max(case when kind = 'QUIZ_RESULT' and passed then 1 else 0 end), "
                        + "max(case when kind = 'CERTIFIED' then 1 else 0 end) from activity_event "
                        + "where occurred_at >= :start and occurred_at < :end and organization_id is not null "
                        + "group by user_id")
                .param("day", day).param("start", at(start)).param("end", at(end)).update();
        jdbc.sql("insert into activity_subject_day (activity_day, kind, subject_id, content_type, language, events) "
                        + "select cast(:day as date), kind, subject_id, max(content_type), max(language), count(*) "
                        + "from activity_event where occurred_at >= :start and occurred_at < :end "
                        + "and organization_id is not null and subject_id is not null and kind in " + CONTENT_KINDS
                        + " group by kind, subject_id")
                .param("day", day).param("start", at(start)).param("end", at(end)).update();
        jdbc.sql("insert into activity_query_day (activity_day, query_text, searches, zero_results, clicks) "
                        + "select cast(:day as date), query_text, "
                        + "sum(case when kind = 'SEARCH' then 1 else 0 end), "
                        + "sum(case when kind = 'SEARCH' and result_count = 0 then 1 else 0 end), "
                        + "sum(case when kind = 'SEARCH_CLICK' then 1 else 0 end) "
                        + "from activity_event where occurred_at >= :start and occurred_at < :end "
                        + "and organization_id is not null and query_text is not null "
                        + "and kind in ('SEARCH', 'SEARCH_CLICK') group by query_text")
                .param("day", day).param("start", at(start)).param("end", at(end)).update();
        jdbc.sql("insert into activity_rolled_day (activity_day, rolled_at) values (?, ?)")
                .param(day).param(at(clock.instant())).update();
    }

    Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static java.time.OffsetDateTime at(Instant instant) {
        return java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }
}
