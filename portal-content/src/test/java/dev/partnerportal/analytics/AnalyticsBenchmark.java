package dev.partnerportal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.activity.ActivityFigures;
import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.ActivityRollup;
import dev.partnerportal.activity.DayRange;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.testsupport.PostgresTest;
import dev.partnerportal.testsupport.SignIn;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analytics benchmark of issue 15: loads {@code benchmark.events} (1,000,000) activity events of 3,000 partner
 * people in 300 organizations, spread over the 13 months of the default retention, into embedded PostgreSQL,
 * rolls them up, and times every dashboard query (p50 and p95 of {@code benchmark.runs} runs after a warm-up) for
 * the last 30 days and for a whole year. It asserts only that the figures add up, never timings, and writes
 * docs/benchmarks/analytics.md. Tagged {@code benchmark}: run it with {@link #COMMAND}.
 */
@Tag("benchmark")
@SpringBootTest(classes = ContentTestApplication.class)
@PostgresTest
class AnalyticsBenchmark {

    static final String COMMAND = "./mvnw -B -pl portal-content -am test -Pbenchmark -Dtest=AnalyticsBenchmark "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.events=1000000";
    static final int EVENTS = Integer.getInteger("benchmark.events", 1_000_000);
    static final int RUNS = Integer.getInteger("benchmark.runs", 40);
    static final int WARMUP = 5;
    static final int PEOPLE = 3_000;
    static final int PER_ORGANIZATION = 10;
    static final int ITEMS = 2_000;
    static final int QUERIES = 600;
    static final long FIRST_ID = 5_000_000L;
    static final Path REPORT = Path.of(System.getProperty("benchmark.analytics-report", "../docs/benchmarks/analytics.md"));

    @Autowired
    ChannelAnalytics analytics;
    @Autowired
    ActivityFigures figures;
    @Autowired
    ActivityRollup rollup;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyDashboardQueryOnAMillionEvents() throws Exception {
        var today = LocalDate.now(clock);
        var first = today.minusMonths(13);
        var loadStarted = System.nanoTime();
        load(first, today);
        var loadSeconds = seconds(loadStarted);
        jdbc.execute("analyze activity_event");
        var rollupStarted = System.nanoTime();
        rollup.rollUp(new DayRange(first, today.minusDays(1)));
        var rollupSeconds = seconds(rollupStarted);
        jdbc.execute("analyze");
        assertThat(jdbc.queryForObject("select count(*) from activity_event where user_id >= ?", Long.class, FIRST_ID))
                .isEqualTo(EVENTS);

        SignIn.as(provider, "admin@vendor.test");
        var month = new DayRange(today.minusDays(29), today);
        var year = new DayRange(today.minusDays(364), today);
        var organization = new OrganizationId(FIRST_ID + 7);
        var results = new LinkedHashMap<String, double[]>();
        for (var range : List.of(month, year)) {
            var label = range.days() + " days: ";
            results.put(label + "engagement per partner (all organizations' active people)",
                    time(() -> figures.activePeople(range, null).size()));
            results.put(label + "engagement dashboard (service, demo organizations)", time(() -> analytics.engagement(range)));
            results.put(label + "active people per day", time(() -> analytics.activePerDay(range)));
            results.put(label + "content performance (top 50)", time(() -> analytics.content(range)));
            results.put(label + "content by type", time(() -> analytics.contentGroups(range, true)));
            results.put(label + "content by language", time(() -> analytics.contentGroups(range, false)));
            results.put(label + "search: top, no result, click-through", time(() -> analytics.search(range)));
            results.put(label + "training funnel", time(() -> analytics.training(range)));
            results.put(label + "one organization: active people, by kind, content, queries, funnel", time(() -> List.of(
                    figures.activePeople(range, organization), figures.activePerDay(range, organization),
                    figures.eventsByKind(range, organization), figures.contentUse(range, organization),
                    figures.queries(range, organization), figures.training(range, organization))));
        }
        results.put("library: recently viewed of one person", time(() -> figures.recentlyViewed(new UserId(FIRST_ID + 11), 12)));
        results.put("certification coverage (service)", time(() -> analytics.certifications()));
        results.put("NPS by region (service)", time(() -> analytics.nps(NpsGrouping.REGION)));
        results.put("tier distribution (service)", time(() -> analytics.tiers()));

        var engaged = figures.activePeople(year, null);
        long activeInYear = engaged.entrySet().stream().filter(e -> e.getKey().value() >= FIRST_ID)
                .mapToLong(e -> e.getValue().inRange()).sum();
        assertThat(activeInYear).isEqualTo(PEOPLE);
        report(results, loadSeconds, rollupSeconds);
    }

    private void load(LocalDate first, LocalDate today) throws Exception {
        var random = new Random(42);
        var kinds = new ActivityKind[100];
        fill(kinds, 0, 15, ActivityKind.SIGN_IN);
        fill(kinds, 15, 55, ActivityKind.ITEM_VIEW);
        fill(kinds, 55, 65, ActivityKind.DOWNLOAD);
        fill(kinds, 65, 70, ActivityKind.PDF_DOWNLOAD);
        fill(kinds, 70, 85, ActivityKind.SEARCH);
        fill(kinds, 85, 92, ActivityKind.SEARCH_CLICK);
        fill(kinds, 92, 98, ActivityKind.LESSON_PROGRESS);
        fill(kinds, 98, 99, ActivityKind.QUIZ_RESULT);
        fill(kinds, 99, 100, ActivityKind.CERTIFIED);
        var types = new String[] {"CHEAT_SHEET", "PLAYBOOK", "INDUSTRY_REPORT", "TRAINING_LESSON", "PRODUCT_UPDATE"};
        var languages = new String[] {"en", "en", "en", "hu", "ko", "ar", "vi"};
        var start = first.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        var span = today.atStartOfDay(ZoneOffset.UTC).toEpochSecond() + 86_399 - start;
        var format = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        try (var connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy activity_event (occurred_at, kind, "
                    + "user_id, organization_id, subject_id, content_type, language, query_text, result_count, score, "
                    + "passed) from stdin with (format csv)");
            var chunk = new StringBuilder();
            for (int n = 0; n < EVENTS; n++) {
                // Every person acts at least once; then people are drawn unevenly, as real engagement is.
                int person = n < PEOPLE ? n : (int) Math.min(PEOPLE - 1, Math.abs(random.nextGaussian()) * PEOPLE / 2.5);
                var kind = kinds[random.nextInt(100)];
                var at = java.time.Instant.ofEpochSecond(start + (long) (random.nextDouble() * span)).atOffset(ZoneOffset.UTC);
                int item = random.nextInt(ITEMS);
                chunk.append(format.format(at)).append(',').append(kind.name()).append(',')
                        .append(FIRST_ID + person).append(',').append(FIRST_ID + person / PER_ORGANIZATION).append(',');
                switch (kind) {
                    case ITEM_VIEW, DOWNLOAD, PDF_DOWNLOAD -> chunk.append(item).append(',').append(types[item % types.length])
                            .append(',').append(languages[item % languages.length]).append(",,,,\n");
                    case SEARCH -> chunk.append(",,,query ").append(random.nextInt(QUERIES)).append(',')
                            .append(random.nextInt(8) == 0 ? 0 : random.nextInt(40)).append(",,\n");
                    case SEARCH_CLICK -> chunk.append(item).append(",,,query ").append(random.nextInt(QUERIES)).append(",,,\n");
                    case LESSON_PROGRESS -> chunk.append(item % 40).append(",,,,,").append(25 * (1 + random.nextInt(4))).append(",\n");
                    case QUIZ_RESULT, CERTIFIED -> chunk.append(item % 40).append(",,,,,").append(60 + random.nextInt(41))
                            .append(',').append(kind == ActivityKind.CERTIFIED || random.nextBoolean()).append('\n');
                    default -> chunk.append(",,,,,,\n");
                }
                if (chunk.length() > 1 << 20 || n == EVENTS - 1) {
                    var bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            copy.endCopy();
        }
    }

    private static void fill(ActivityKind[] kinds, int from, int to, ActivityKind kind) {
        for (int i = from; i < to; i++) {
            kinds[i] = kind;
        }
    }

    private static double[] time(Supplier<?> query) {
        for (int i = 0; i < WARMUP; i++) {
            query.get();
        }
        var millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            var started = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        java.util.Arrays.sort(millis);
        return new double[] {percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1]};
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private void report(Map<String, double[]> results, double loadSeconds, double rollupSeconds) throws IOException {
        var load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var lines = new ArrayList<String>();
        lines.add("# Analytics benchmark");
        lines.add("");
        lines.add("Issue 15 asks every dashboard query to answer in p95 <= 500 ms on 1,000,000 activity events in "
                + "PostgreSQL. `AnalyticsBenchmark` (portal-content, tagged `benchmark`, never in the default build) "
                + "loads the events into embedded PostgreSQL with COPY, rolls them up per day as the scheduled job does, "
                + "and times each query the dashboards and the partner page run.");
        lines.add("");
        lines.add("```sh");
        lines.add(COMMAND);
        lines.add("```");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Run of %s: %,d events of %,d partner people in %,d organizations over the "
                        + "13 months of the default retention, %d runs per query after %d warm-up runs. Loading took %.1f s, "
                        + "the daily roll-up of all %d days %.1f s. The machine is shared (2 cores, other builds running): "
                        + "load average %.2f at the end of the run (`uptime`).",
                java.time.Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC", EVENTS, PEOPLE,
                PEOPLE / PER_ORGANIZATION, RUNS, WARMUP, loadSeconds, 395, rollupSeconds, load));
        lines.add("");
        lines.add("| Query | p50 ms | p95 ms | max ms |");
        lines.add("|---|---:|---:|---:|");
        results.forEach((name, t) -> lines.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", name, t[0], t[1], t[2])));
        lines.add("");
        var worst = results.values().stream().mapToDouble(t -> t[1]).max().orElse(0);
        lines.add(String.format(Locale.ROOT, "Slowest p95: %.1f ms (target 500 ms).", worst));
        var text = String.join("\n", lines) + "\n";
        LoggerFactory.getLogger(AnalyticsBenchmark.class).info("Analytics benchmark results:\n{}", text);
        Files.writeString(REPORT, text);
    }
}
