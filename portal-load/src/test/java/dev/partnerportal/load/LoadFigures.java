package dev.partnerportal.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times of the UIDL requests (each step and all together) and of the sign-ins, kept beside Gatling's own
 * report so that the run can state the figures the targets name: UIDL p95, errors, sign-ins per second.
 */
final class LoadFigures {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LoadFigures.class);

    private static final Map<String, Collection<Integer>> UIDL = new ConcurrentHashMap<>();
    private static final Collection<Integer> ALL_UIDL = new ConcurrentLinkedQueue<>();
    private static final Collection<Integer> SIGN_INS = new ConcurrentLinkedQueue<>();
    private static final Collection<Long> SIGN_IN_TIMES = new ConcurrentLinkedQueue<>();
    /** When each UIDL answer arrived and how long it took, for the p95 at each number of sessions. */
    private static final Collection<long[]> UIDL_TIMELINE = new ConcurrentLinkedQueue<>();

    private LoadFigures() {
    }

    static void uidl(String step, int millis) {
        UIDL.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(millis);
        ALL_UIDL.add(millis);
        UIDL_TIMELINE.add(new long[] {System.currentTimeMillis(), millis});
    }

    private static final java.util.concurrent.atomic.AtomicInteger BUSY = new java.util.concurrent.atomic.AtomicInteger();

    /** A sign-in answered "busy, try again in a few seconds" (the password was not checked). */
    static void busy() {
        BUSY.incrementAndGet();
    }

    private static final java.util.concurrent.atomic.AtomicInteger GAVE_UP = new java.util.concurrent.atomic.AtomicInteger();

    /** A person who was still told "busy" after ten tries: counted as an error of the run. */
    static void gaveUp() {
        GAVE_UP.incrementAndGet();
    }

    static int gaveUpCount() {
        return GAVE_UP.get();
    }

    static int signInCount() {
        return SIGN_INS.size();
    }

    static void signIn(int millis) {
        SIGN_INS.add(millis);
        SIGN_IN_TIMES.add(System.currentTimeMillis());
    }

    static int uidlP95() {
        return percentile(ALL_UIDL, 95);
    }

    static int uidlCount() {
        return ALL_UIDL.size();
    }

    /** A Markdown table of the UIDL steps and the sign-ins. */
    static String table() {
        var out = new StringBuilder("| Requests | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        out.append(row("all UIDL requests", ALL_UIDL));
        new TreeMap<>(UIDL).forEach((step, times) -> out.append(row("uidl " + step, times)));
        out.append(row("sign-in (form post, Argon2id check)", SIGN_INS));
        var times = new ArrayList<>(SIGN_IN_TIMES);
        if (times.size() > 1) {
            times.sort(null);
            var seconds = Math.max(1, (times.getLast() - times.getFirst()) / 1000.0);
            var perSecond = new TreeMap<Long, Integer>();
            times.forEach(t -> perSecond.merge(t / 1000, 1, Integer::sum));
            out.append(String.format("%nSign-ins: %d in %.0f s, %.1f per second on average, at most %d in one second; "
                            + "%d answers \"busy, try again\" (each retried after 3 to 8 s); %d people gave up after ten.%n",
                    times.size(), seconds, times.size() / seconds,
                    perSecond.values().stream().mapToInt(Integer::intValue).max().orElse(0), BUSY.get(), GAVE_UP.get()));
        }
        out.append(timeline());
        return out.toString();
    }

    /**
     * UIDL percentiles per minute beside the sessions signed in by then. Sessions stay until the run's end, so
     * during a ramp this reads as "p95 at N sessions", and the highest N whose minute meets the target shows.
     */
    static String timeline() {
        var signIns = new ArrayList<>(SIGN_IN_TIMES);
        var answers = new ArrayList<>(UIDL_TIMELINE);
        if (signIns.isEmpty() || answers.isEmpty()) {
            return "";
        }
        signIns.sort(null);
        answers.sort((a, b) -> Long.compare(a[0], b[0]));
        var start = Math.min(signIns.getFirst(), answers.getFirst()[0]);
        var buckets = new TreeMap<Long, List<Integer>>();
        answers.forEach(a -> buckets.computeIfAbsent((a[0] - start) / 60_000, m -> new ArrayList<>()).add((int) a[1]));
        var out = new StringBuilder("\n| minute | sessions signed in by its end | UIDL n | UIDL p50 ms | UIDL p95 ms | UIDL max ms |\n|---|---|---|---|---|---|\n");
        buckets.forEach((minute, times) -> {
            var end = start + (minute + 1) * 60_000;
            var sessions = signIns.stream().filter(t -> t < end).count();
            out.append(String.format("| %d | %d | %d | %d | %d | %d |%n", minute + 1, sessions, times.size(),
                    percentile(times, 50), percentile(times, 95), percentile(times, 100)));
        });
        return out.toString();
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        LOG.info("{}", text);
    }

    private static String row(String name, Collection<Integer> times) {
        return String.format("| %s | %d | %d | %d | %d | %d |%n", name, times.size(), percentile(times, 50),
                percentile(times, 95), percentile(times, 99), percentile(times, 100));
    }

    static int percentile(Collection<Integer> times, int percentile) {
        List<Integer> sorted = new ArrayList<>(times);
        if (sorted.isEmpty()) {
            return 0;
        }
        sorted.sort(null);
        var index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
