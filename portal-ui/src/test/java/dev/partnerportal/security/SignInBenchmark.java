package dev.partnerportal.security;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.SignInCapacity;
import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.BrowserSession;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.support.ProductionPasswordCost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The measurement of issue 11, finding 0, on the whole portal over HTTP: a partner's search alone (the
 * baseline), then the same search while 120 correct sign-ins run 30 at a time through the token API and
 * through the login form, each sign-in tried once (no retry), and 300 parallel wrong passwords for one login.
 * Reports p50/p95 and the ratios to the baseline in the log and in {@code docs/benchmarks/sign-in.md}; asserts
 * only outcomes, never timings. Run: {@value #COMMAND}
 */
@Tag("benchmark")
@PortalWebTest
class SignInBenchmark {

    static final String COMMAND = "./mvnw -B -pl portal-ui -am test -Pbenchmark -Dtest=SignInBenchmark "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dportal.e2e.skip=true";
    private static final Logger log = LoggerFactory.getLogger(SignInBenchmark.class);
    private static final Path REPORT = Path.of("../docs/benchmarks/sign-in.md");

    @LocalServerPort
    int port;
    @Autowired
    SignInCapacity capacity;
    @Autowired
    JdbcTemplate jdbc;

    record Timed(int status, long nanos) {
    }

    @Test
    void measuresSignInWavesAndASearchRunningMeanwhile() throws Exception {
        // Passwords at the production cost: the test contexts hash far more cheaply.
        try (var productionCost = ProductionPasswordCost.forAccounts(jdbc, SignInBurstTest.ACCOUNTS, DEMO_PASSWORD)) {
            measure();
        }
    }

    private void measure() throws Exception {
        var api = new ApiClient(port);
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        var searcher = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        IntSupplier search = () -> api.get("/api/search?q=partner", searcher).status();
        for (int i = 0; i < 50; i++) {
            search.getAsInt();
        }
        var baseline = new ArrayList<Timed>();
        for (int i = 0; i < 200; i++) {
            baseline.add(time(search::getAsInt));
        }

        var alone = new ArrayList<Timed>();
        for (int i = 0; i < 24; i++) {
            var account = SignInBurstTest.ACCOUNTS.get(i % SignInBurstTest.ACCOUNTS.size());
            alone.add(time(() -> api.token(account, DEMO_PASSWORD).status()));
        }

        var apiWave = wave(account -> api.token(account, DEMO_PASSWORD).status(), search);
        var formWave = wave(account -> {
            var answer = new BrowserSession(port).signIn(account, DEMO_PASSWORD);
            return BrowserSession.signedIn(answer) ? 200 : answer.location().endsWith("?busy") ? 503 : 401;
        }, search);

        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        long hashesBefore = capacity.passwordChecks();
        var guesses = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 300; i++) {
            var guess = "guess " + i;
            guesses.add(() -> api.token("carol@contoso.test", guess).status());
        }
        var pool = Executors.newFixedThreadPool(300);
        var guessStatuses = new ArrayList<Integer>();
        try {
            for (var future : pool.invokeAll(guesses)) {
                guessStatuses.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        long hashes = capacity.passwordChecks() - hashesBefore;
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");

        var report = new StringBuilder()
                .append("# Sign-in benchmark\n\n")
                .append("Issue 11, finding 0 and 6. The whole portal (`@PortalWebTest`: embedded H2, demo data) on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors, ")
                .append(capacity.concurrentHashes()).append(" password checks at once. Command:\n\n    ")
                .append(COMMAND).append("\n\n")
                .append("Each sign-in is tried once (no retry). A 503 is the deliberate \"busy, retry after\" answer.\n\n")
                .append("Load average when the run started: ").append(String.format(Locale.ROOT, "%.1f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" (other processes share the machine: read the ratios, not the absolute times).\n\n")
                .append("| Measurement | n | p50 ms | p95 ms | p50 / baseline | p95 / baseline |\n|---|---|---|---|---|---|\n")
                .append(row("search alone (baseline)", baseline, baseline))
                .append(row("search during the API wave", apiWave.searches(), baseline))
                .append(row("search during the login form wave", formWave.searches(), baseline))
                .append(row("API sign-in, one at a time (no load)", alone, null))
                .append(row("API sign-in (all answers)", apiWave.signIns(), null))
                .append(row("login form sign-in (all answers)", formWave.signIns(), null))
                .append("\n")
                .append(counts("API wave", apiWave.signIns()))
                .append(counts("Login form wave", formWave.signIns()))
                .append(String.format(Locale.ROOT, "- 300 parallel wrong passwords for one login from one address: "
                                + "%d password hashes computed, %d answered 401, %d answered 429, %d answered 503, %d other.%n",
                        hashes, count(guessStatuses, 401), count(guessStatuses, 429), count(guessStatuses, 503),
                        guessStatuses.size() - count(guessStatuses, 401) - count(guessStatuses, 429) - count(guessStatuses, 503)));
        log.info("\n{}", report);
        try {
            Files.writeString(REPORT, report);
        } catch (IOException e) {
            log.warn("Could not write {}", REPORT.toAbsolutePath(), e);
        }

        assertThat(apiWave.signIns()).allMatch(t -> t.status() == 200 || t.status() == 503);
        assertThat(formWave.signIns()).allMatch(t -> t.status() == 200 || t.status() == 503);
        assertThat(hashes).isEqualTo(5);
    }

    record Wave(List<Timed> signIns, List<Timed> searches) {
    }

    interface SignIn {
        int as(String account) throws Exception;
    }

    private Wave wave(SignIn signIn, IntSupplier search) throws Exception {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        var tasks = new ArrayList<Callable<Timed>>();
        for (int i = 0; i < SignInBurstTest.SIGN_INS; i++) {
            var account = SignInBurstTest.ACCOUNTS.get(i % SignInBurstTest.ACCOUNTS.size());
            tasks.add(() -> time(() -> signIn.as(account)));
        }
        var searches = new ConcurrentLinkedQueue<Timed>();
        var done = new AtomicBoolean();
        var searchPool = Executors.newSingleThreadExecutor();
        var pool = Executors.newFixedThreadPool(SignInBurstTest.CONCURRENT);
        try {
            var searching = searchPool.submit(() -> {
                while (!done.get()) {
                    searches.add(time(search::getAsInt));
                }
                return null;
            });
            var signIns = new ArrayList<Timed>();
            for (var future : pool.invokeAll(tasks)) {
                signIns.add(future.get());
            }
            done.set(true);
            searching.get(1, TimeUnit.MINUTES);
            return new Wave(signIns, List.copyOf(searches));
        } finally {
            pool.shutdown();
            searchPool.shutdown();
        }
    }

    private static Timed time(Callable<Integer> call) throws Exception {
        long start = System.nanoTime();
        int status = call.call();
        return new Timed(status, System.nanoTime() - start);
    }

    private static String row(String name, List<Timed> timings, List<Timed> baseline) {
        double p50 = percentile(timings, 50);
        double p95 = percentile(timings, 95);
        var ratios = baseline == null ? "| – | – |" : String.format(Locale.ROOT, "| %.1f | %.1f |",
                p50 / percentile(baseline, 50), p95 / percentile(baseline, 95));
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f %s%n", name, timings.size(), p50, p95, ratios);
    }

    private static String counts(String name, List<Timed> signIns) {
        var statuses = signIns.stream().map(Timed::status).toList();
        return String.format(Locale.ROOT, "- %s: %d of %d signed in, %d answered 503 with Retry-After, %d other.%n",
                name, count(statuses, 200), statuses.size(), count(statuses, 503),
                statuses.size() - count(statuses, 200) - count(statuses, 503));
    }

    private static int count(List<Integer> statuses, int status) {
        return (int) statuses.stream().filter(s -> s == status).count();
    }

    private static double percentile(List<Timed> timings, int percentile) {
        var millis = new ArrayList<Double>(timings.stream().map(t -> t.nanos() / 1e6).toList());
        Collections.sort(millis);
        int index = (int) Math.ceil(percentile / 100.0 * millis.size()) - 1;
        return millis.get(Math.max(0, Math.min(index, millis.size() - 1)));
    }
}
