package dev.partnerportal.analytics;

import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.ActivityRecord;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.activity.ActivityRollup;
import dev.partnerportal.activity.DayRange;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode: three months of made-up activity of the demo partners' people before today, so that the dashboards
 * tell a story on first start: Northwind is steadily busy, Duna Informatika fades, Hanbit dips and comes back,
 * Contoso joined three weeks ago, the rest drop by now and then. Sign-ins, item views and downloads, searches (some finding
 * nothing) and their clicks, lesson progress, quiz results and certifications, rolled up like real activity. Only
 * into an empty activity table, after the demo content and training exist; the same every time (a fixed seed), and
 * each person's active days follow their organization's shape exactly rather than by chance.
 * <p>
 * It reads the ids of published items, courses and quizzes straight from their tables: a demo generator, not a
 * feature, with no caller whose rights would apply. {@code portal.demo.activity=false} leaves it out (the tests,
 * which seed their own activity in fixed windows).
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoActivity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);
    static final int DAYS = 91;
    private static final List<String> QUERIES = List.of("cheat sheet", "retail", "pricing", "onboarding",
            "manufacturing outlook", "deal registration", "commerce suite", "field service", "analytics cloud");
    private static final List<String> UNANSWERED = List.of("warranty claims", "reseller margins 2027", "sso setup");
    /** How likely a person is active on a working day, by how far through the period it is (0 to 1). */
    private static final Map<String, DoubleUnaryOperator> SHAPES = Map.of(
            "Northwind Traders", t -> 0.6,
            "Duna Informatika Kft.", t -> 0.65 - 0.55 * t,
            "한빛솔루션", t -> t < 0.3 || t > 0.7 ? 0.5 : 0.1,
            "Contoso Ltd", t -> t > 1 - 21.0 / DAYS ? 0.7 : 0);

    private final JdbcClient jdbc;
    private final ActivityRecorder recorder;
    private final ActivityRollup rollup;
    private final Clock clock;
    private final boolean enabled;

    DemoActivity(JdbcClient jdbc, ActivityRecorder recorder, ActivityRollup rollup, Clock clock,
                 @Value("${portal.demo.activity:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.recorder = recorder;
        this.rollup = rollup;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("select count(*) from activity_event").query(Long.class).single() > 0) {
            return;
        }
        var yesterday = LocalDate.now(clock).minusDays(1);
        var range = new DayRange(yesterday.minusDays(DAYS - 1), yesterday);
        int events = seed(range);
        rollup.rollUpThrough(yesterday);
        log.info("Demo activity: {} events from {} to {}", events, range.from(), range.to());
    }

    /** Records the made-up activity of every demo partner person on the days of {@code range}; answers how much. */
    int seed(DayRange range) {
        var random = new Random(2027);
        var items = jdbc.sql("select id, type, language from content_item where status = 'PUBLISHED' order by id")
                .query((rs, row) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        var courses = jdbc.sql("select id from training_course order by id").query(Long.class).list();
        var quizzes = jdbc.sql("select id from training_quiz order by id").query(Long.class).list();
        var people = jdbc.sql("select u.id, u.organization_id, o.name from portal_user u join partner_organization o "
                        + "on o.id = u.organization_id where u.enabled order by u.id")
                .query((rs, row) -> new Person(new UserId(rs.getLong(1)), new OrganizationId(rs.getLong(2)),
                        rs.getString(3))).list();
        if (items.isEmpty()) {
            return 0;
        }
        var progress = new HashMap<UserId, Integer>();
        // How many days of activity each person is owed: a person is active on the day it reaches one, so the number
        // of active days follows the organization's shape exactly, whatever else the database holds; the starting
        // shares differ, so that one organization's people are not all active on the same days.
        var owed = new HashMap<UserId, Double>();
        people.forEach(person -> owed.put(person.user(), random.nextDouble()));
        long days = ChronoUnit.DAYS.between(range.from(), range.to()) + 1;
        int count = 0;
        for (var day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            double through = ChronoUnit.DAYS.between(range.from(), day) / (double) Math.max(1, days - 1);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            for (var person : people) {
                double chance = SHAPES.getOrDefault(person.organization(), t -> 0.2).applyAsDouble(through);
                double due = owed.get(person.user()) + (weekend ? chance / 6 : chance);
                if (due < 1) {
                    owed.put(person.user(), due);
                    continue;
                }
                owed.put(person.user(), due - 1);
                var day0 = day.atStartOfDay(clock.getZone()).toInstant();
                var at = new Moment(day0.plusSeconds(7 * 3600 + random.nextInt(10 * 3600)));
                count += record(ActivityRecord.of(at.next(random), ActivityKind.SIGN_IN, person.user(), person.organizationId()));
                for (int i = random.nextInt(3); i >= 0; i--) {
                    // Earlier items are the demo's staples: read more often than the rest.
                    var item = items.get(Math.min(items.size() - 1, (int) (items.size() * Math.pow(random.nextDouble(), 2))));
                    count += record(content(at.next(random), ActivityKind.ITEM_VIEW, person, item));
                    if (random.nextDouble() < 0.3) {
                        count += record(content(at.next(random), ActivityKind.DOWNLOAD, person, item));
                    }
                    if ("CHEAT_SHEET".equals(item.type()) && random.nextDouble() < 0.4) {
                        count += record(content(at.next(random), ActivityKind.PDF_DOWNLOAD, person, item));
                    }
                }
                if (random.nextDouble() < 0.45) {
                    count += search(random, at, person, items);
                }
                if (!courses.isEmpty() && random.nextDouble() < 0.3) {
                    count += train(random, at, person, progress, courses, quizzes);
                }
            }
        }
        recorder.flush();
        return count;
    }

    private int search(Random random, Moment at, Person person, List<Item> items) {
        if (random.nextDouble() < 0.15) {
            var query = UNANSWERED.get(random.nextInt(UNANSWERED.size()));
            return record(ActivityRecord.search(at.next(random), person.user(), person.organizationId(), query, 0));
        }
        var query = QUERIES.get(random.nextInt(QUERIES.size()));
        int found = record(ActivityRecord.search(at.next(random), person.user(), person.organizationId(), query,
                1 + random.nextInt(12)));
        if (random.nextDouble() < 0.6) {
            var item = items.get(random.nextInt(items.size()));
            found += record(ActivityRecord.searchClick(at.next(random), person.user(), person.organizationId(), query,
                    item.id()));
        }
        return found;
    }

    /**
     * A quarter of a course more; a finished course brings its quiz, passed seven times in ten (then the person is
     * done: progress past 100), failed otherwise (back to three quarters, to revise).
     */
    private int train(Random random, Moment at, Person person, Map<UserId, Integer> progress, List<Long> courses,
                      List<Long> quizzes) {
        int before = progress.getOrDefault(person.user(), 0);
        if (before > 100) {
            return 0;
        }
        int done = Math.min(100, before + 25);
        progress.put(person.user(), done);
        var course = courses.get((int) (person.user().value() % courses.size()));
        int count = record(ActivityRecord.training(at.next(random), ActivityKind.LESSON_PROGRESS, person.user(),
                person.organizationId(), course, done, null));
        if (done == 100 && !quizzes.isEmpty()) {
            var quiz = quizzes.get((int) (person.user().value() % quizzes.size()));
            boolean passed = random.nextDouble() < 0.7;
            int score = passed ? 80 + random.nextInt(21) : 40 + random.nextInt(30);
            count += record(ActivityRecord.training(at.next(random), ActivityKind.QUIZ_RESULT, person.user(),
                    person.organizationId(), quiz, score, passed));
            if (passed) {
                count += record(ActivityRecord.training(at.next(random), ActivityKind.CERTIFIED, person.user(),
                        person.organizationId(), quiz, score, true));
                progress.put(person.user(), 101);
            } else {
                progress.put(person.user(), 75);
            }
        }
        return count;
    }

    private static ActivityRecord content(java.time.Instant at, ActivityKind kind, Person person, Item item) {
        return ActivityRecord.content(at, kind, person.user(), person.organizationId(), item.id(), item.type(),
                item.language());
    }

    private int record(ActivityRecord record) {
        recorder.record(record);
        return 1;
    }

    private record Item(long id, String type, String language) {
    }

    private record Person(UserId user, OrganizationId organizationId, String organization) {
    }

    /** The moments of one person's visit, a few minutes apart. */
    private static final class Moment {
        private java.time.Instant at;

        Moment(java.time.Instant start) {
            at = start;
        }

        java.time.Instant next(Random random) {
            at = at.plusSeconds(30 + random.nextInt(300));
            return at;
        }
    }
}
