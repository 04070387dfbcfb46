package dev.partnerportal.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures and their write-up: exact percentiles from sorted samples (nearest rank), the
 * ratios the issue sets targets for, and a Markdown page that says how, where and when they were taken.
 */
final class SearchBenchmarkReport {

    static final String COMMAND = "./mvnw -B -pl portal-content -am test -Pbenchmark -Dbenchmark.items=";

    /** Latencies of one system over the query mix, in nanoseconds, with the kind of each query. */
    static final class Latencies {
        final String name;
        private final List<Long> nanos = new ArrayList<>();
        private final List<SearchBenchmarkQueries.Kind> kinds = new ArrayList<>();
        private int withHits;

        Latencies(String name) {
            this.name = name;
        }

        void add(SearchBenchmarkQueries.Kind kind, long elapsed, boolean hits) {
            nanos.add(elapsed);
            kinds.add(kind);
            withHits += hits ? 1 : 0;
        }

        int count() {
            return nanos.size();
        }

        double hitShare() {
            return nanos.isEmpty() ? 0 : (double) withHits / nanos.size();
        }

        /** The {@code q}-quantile in milliseconds, nearest rank; of one kind of query when {@code kind} is set. */
        double millis(double q, SearchBenchmarkQueries.Kind kind) {
            return millis(q, k -> kind == null || k == kind);
        }

        double millis(double q, java.util.function.Predicate<SearchBenchmarkQueries.Kind> kind) {
            var sorted = new ArrayList<Long>();
            for (int i = 0; i < nanos.size(); i++) {
                if (kind.test(kinds.get(i))) {
                    sorted.add(nanos.get(i));
                }
            }
            return quantile(sorted.stream().mapToLong(Long::longValue).toArray(), q);
        }

        double millis(double q) {
            return millis(q, k -> true);
        }

        double millisWithoutTypos(double q) {
            return millis(q, k -> k != SearchBenchmarkQueries.Kind.TYPO);
        }
    }

    static double quantile(long[] nanos, double q) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
    }

    final Map<String, String> corpus = new LinkedHashMap<>();
    final Map<String, String> build = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    Latencies portal;
    Latencies equivalent;
    Latencies bare;
    Latencies postgres;
    double portalRebuildDocsPerSecond;
    double rawRebuildDocsPerSecond;
    double oneFieldRebuildDocsPerSecond;
    long[] publishNanos = new long[0];
    long[] publishCallNanos = new long[0];
    String postgresVersion = "";
    final String loadAtStart = loadAverage();
    int items;
    /** Options of this run besides the corpus size, as given on the command line (empty: the defaults). */
    String options = "";
    int warmup;
    String mix = "";

    /** The page's opening, written once; sections of other corpus sizes and hand-written text are kept. */
    static String header() {
        return "# Search benchmark\n\n"
                + "Figures of the search benchmark (issue 4): the portal's search service next to raw Lucene on the "
                + "same index and PostgreSQL full-text search on the same rows, one section per corpus size, each "
                + "rewritten by the latest run of that size. Reproduce with\n\n```\n" + COMMAND + "100000\n```\n\n"
                + "(`-Dbenchmark.items=1000000` for the 1M corpus). The benchmark is tagged `benchmark` and never runs "
                + "in the default build; it reports timings and asserts none, only that every system finds results "
                + "and that the portal and raw Lucene count the same items.\n";
    }

    /** This run's section: machine, corpus, build, latencies, ratios against the targets, publish latency. */
    String section() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "## %,d items%n%nCommand: `%s%d%s`%n%n", items, COMMAND, items, options));
        out.append("### Machine and run\n\n");
        table(out, List.of("", ""), List.of(
                List.of("Date (UTC)", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()),
                List.of("CPU", cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores (nproc)"),
                List.of("JVM", System.getProperty("java.vm.name") + " " + Runtime.version() + ", max heap "
                        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB"),
                List.of("PostgreSQL", "embedded (zonky) " + postgresVersion + ", default settings"),
                List.of("Load", "shared machine, other builds running alongside; load average (1, 5, 15 min) "
                        + loadAtStart + " at the start, " + loadAverage() + " at the end")));
        out.append("\n### Corpus\n\n");
        table(out, List.of("", ""), corpus.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
        out.append("\n### Index build\n\n");
        table(out, List.of("", ""), build.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
        out.append("\n### Query latency\n\n").append(String.format(Locale.ROOT, "%,d queries per system after %,d warm-up "
                + "queries, the same order for all, each query run by every system in turn. Mix: %s.%n%n",
                portal.count(), warmup, mix));
        var rows = new ArrayList<List<String>>();
        for (var system : List.of(portal, equivalent, bare, postgres)) {
            rows.add(List.of(system.name, ms(system.millis(0.5)), ms(system.millis(0.99)),
                    String.format(Locale.ROOT, "%.0f%%", system.hitShare() * 100)));
        }
        table(out, List.of("System", "p50 ms", "p99 ms", "queries with hits"), rows);
        out.append("\n#### Ratios and targets\n\n");
        table(out, List.of("Ratio", "p50", "p99", "Target", "Met"), List.of(
                ratioRow("portal / raw Lucene (equivalent work)", portal, equivalent, "p99 ≤ 1.3x",
                        portal.millis(0.99) / equivalent.millis(0.99) <= 1.3),
                List.of("portal / raw Lucene (equivalent work), without the typo queries",
                        ratio(portal.millisWithoutTypos(0.5) / equivalent.millisWithoutTypos(0.5)),
                        ratio(portal.millisWithoutTypos(0.99) / equivalent.millisWithoutTypos(0.99)),
                        "context: (b) has no typo-tolerant retry", ""),
                ratioRow("portal / raw Lucene (bare top 10)", portal, bare, "context only", null),
                ratioRow("PostgreSQL FTS / portal (how many times faster)", postgres, portal, "≥ 10x",
                        postgres.millis(0.99) / portal.millis(0.99) >= 10 && postgres.millis(0.5) / portal.millis(0.5) >= 10),
                List.of("rebuild docs/s (portal; raw IndexWriter, same documents)", String.format(Locale.ROOT, "%,.0f",
                        portalRebuildDocsPerSecond), String.format(Locale.ROOT, "%,.0f", rawRebuildDocsPerSecond),
                        "portal ≥ 8,000 docs/s", portalRebuildDocsPerSecond >= 8000 ? "yes" : "no"),
                List.of("rebuild: portal / raw IndexWriter, same documents (docs/s)", ratio(
                        portalRebuildDocsPerSecond / rawRebuildDocsPerSecond), "", "≥ 0.7x",
                        portalRebuildDocsPerSecond / rawRebuildDocsPerSecond >= 0.7 ? "yes" : "no")));
        out.append("\n#### By kind of query (p50 / p99 ms)\n\n");
        var kinds = new ArrayList<List<String>>();
        for (var kind : SearchBenchmarkQueries.Kind.values()) {
            var row = new ArrayList<String>();
            row.add(kind.name().toLowerCase(Locale.ROOT));
            for (var system : List.of(portal, equivalent, bare, postgres)) {
                row.add(ms(system.millis(0.5, kind)) + " / " + ms(system.millis(0.99, kind)));
            }
            kinds.add(row);
        }
        table(out, List.of("Kind", portal.name, equivalent.name, bare.name, postgres.name), kinds);
        out.append("\n### Publish → searchable\n\n");
        table(out, List.of("", "p50 ms", "p99 ms", "max ms"), List.of(
                List.of(String.format(Locale.ROOT, "publish committed → found by ContentSearch (%d publishes)",
                        publishNanos.length), ms(quantile(publishNanos, 0.5)), ms(quantile(publishNanos, 0.99)),
                        ms(quantile(publishNanos, 1))),
                List.of("ContentEditing.publish call itself", ms(quantile(publishCallNanos, 0.5)),
                        ms(quantile(publishCallNanos, 0.99)), ms(quantile(publishCallNanos, 1)))));
        out.append(String.format(Locale.ROOT, "%nTarget: searchable within 200 ms (p99): %s.%n",
                quantile(publishNanos, 0.99) <= 200 ? "met" : "not met"));
        out.append("\n### How it is measured\n\n");
        notes.forEach(note -> out.append("- ").append(note).append('\n'));
        return out.toString();
    }

    /** Replaces this corpus size's section of {@code file} (or adds it), keeping everything else. */
    void write(Path file, String section) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var open = "<!-- benchmark:" + items + " -->\n";
        var close = "<!-- /benchmark:" + items + " -->\n";
        var page = Files.exists(file) ? Files.readString(file) : header();
        var start = page.indexOf(open);
        var end = page.indexOf(close);
        var block = open + section + close;
        page = start >= 0 && end > start ? page.substring(0, start) + block + page.substring(end + close.length())
                : page + "\n" + block;
        Files.writeString(file, page);
    }

    private static List<String> ratioRow(String name, Latencies numerator, Latencies denominator, String target,
                                         Boolean met) {
        return List.of(name, ratio(numerator.millis(0.5) / denominator.millis(0.5)),
                ratio(numerator.millis(0.99) / denominator.millis(0.99)), target, met == null ? "" : met ? "yes" : "no");
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.1f", millis);
    }

    private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> out.append(" --- |"));
        out.append('\n');
        rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
    }

    private static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch") + " (" + ManagementFactory.getOperatingSystemMXBean().getName() + ")";
        }
    }
}
