package dev.partnerportal.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The production jar under test: started on an H2 database under {@code target/portal-run} with the demo data
 * (kept between runs to save the first start's seeding; {@code -Dload.fresh=true} starts from nothing), the load-probe route switched on, waited for until {@code /login} answers 200, measured with {@code jcmd}
 * (full GC, heap used, class histogram) and stopped at the end.
 */
final class PortalProcess {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PortalProcess.class);

    private static final Pattern HEAP_USED = Pattern.compile("garbage-first heap\\s+total reserved \\d+K, committed \\d+K, used (\\d+)K");
    private static final Pattern HEAP_USED_OLD = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    final int port = Integer.getInteger("load.port", 18080);
    final Path work = Path.of(System.getProperty("load.work", "target/portal-run")).toAbsolutePath();
    private final Path jar = Path.of(System.getProperty("load.jar", "../portal-ui/target/portal.jar")).toAbsolutePath();
    private final String heap = System.getProperty("load.portal.heap", "2g");
    /** A portal someone else started (for instance on PostgreSQL): not started or stopped here; its pid from load.pid. */
    private final boolean external = Boolean.getBoolean("load.external");
    private final List<String> extraArguments;
    private Process process;

    PortalProcess(String... extraArguments) {
        this.extraArguments = List.of(extraArguments);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return external ? Long.getLong("load.pid", -1L) : process.pid();
    }

    void start() {
        if (external) {
            return;
        }
        try {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("No production jar at " + jar + ": build portal-ui first");
            }
            if (Boolean.getBoolean("load.fresh")) {
                deleteRecursively(work);
            }
            Files.createDirectories(work);
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var command = new ArrayList<>(List.of(java, "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC",
                    "-jar", jar.toString(),
                    "--server.port=" + port,
                    "--spring.datasource.url=jdbc:h2:file:" + work.resolve("data/portal")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "--portal.search.directory=" + work.resolve("data/search-index"),
                    "--portal.content.attachments.directory=" + work.resolve("data/attachments"),
                    "--portal.base-url=" + baseUrl(),
                    "--portal.load.probe-view=true"));
            command.addAll(extraArguments);
            process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("portal.log").toFile()).start();
            awaitLogin(Duration.ofMinutes(10));
            LOG.info("Portal pid {} up on {}", process.pid(), baseUrl());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitLogin(Duration limit) {
        var client = HttpClient.newHttpClient();
        var until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting; see " + work.resolve("portal.log"));
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(1000);
        }
        throw new IllegalStateException("The portal did not answer /login within " + limit);
    }

    /** Heap used after two full collections, in KiB. */
    long heapAfterFullGcKb() {
        jcmd("GC.run");
        jcmd("GC.run");
        var info = jcmd("GC.heap_info");
        var matcher = HEAP_USED.matcher(info);
        if (!matcher.find()) {
            matcher = HEAP_USED_OLD.matcher(info);
            if (!matcher.find()) {
                throw new IllegalStateException("No heap figure in: " + info);
            }
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Bytes per class, live objects only (the histogram itself runs a full collection). */
    Map<String, long[]> histogram() {
        var rows = new HashMap<String, long[]>();
        for (var line : jcmd("GC.class_histogram").split("\n")) {
            var m = HISTOGRAM_ROW.matcher(line);
            if (m.matches()) {
                rows.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return rows;
    }

    String jcmd(String command) {
        try {
            var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            var run = new ProcessBuilder(jcmd, Long.toString(pid()), command).redirectErrorStream(true).start();
            var out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            run.waitFor(2, TimeUnit.MINUTES);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lines of the portal's log at level ERROR (a run with any is not a clean run). */
    List<String> errorLines() {
        if (external) {
            return List.of();
        }
        try (var lines = Files.lines(work.resolve("portal.log"), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(" ERROR ")).toList();
        } catch (IOException e) {
            return List.of("log unreadable: " + e.getMessage());
        }
    }

    void stop() {
        if (external || process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (var p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
