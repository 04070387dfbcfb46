package dev.partnerportal.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Memory per session: heap after full GC with N signed-in sessions minus heap before them, divided by N, for the
 * framework's floor (the load-probe route: a signed-in session showing one tiny view) and for the partner journey,
 * one after the other in the same portal process. The sessions stay open (30 minutes idle timeout) while measured.
 * Writes the figures and the classes that grew most to target/load-memory.md.
 */
public class MemorySimulation extends Simulation {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MemorySimulation.class);

    private static final int N = Integer.getInteger("load.memory.sessions", 200);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final PortalProcess portal = new PortalProcess();
    private final Map<String, Long> heap = new LinkedHashMap<>();
    /** Sessions signed in by each measurement: the divisor is the sessions that exist, not the users started. */
    private final Map<String, Long> signedIn = new LinkedHashMap<>();
    private final Map<String, Map<String, long[]>> histograms = new LinkedHashMap<>();

    private ScenarioBuilder measure(String label) {
        return scenario("measure " + label).exec(session -> {
            PortalProcess.sleep(3000);
            heap.put(label, portal.heapAfterFullGcKb());
            signedIn.put(label, (long) LoadFigures.signInCount());
            histograms.put(label, portal.histogram());
            LOG.info("Heap after full GC, {}: {} KiB", label, heap.get(label));
            return session;
        });
    }

    private static ChainBuilder login() {
        return exec(session -> session.set("login",
                Journeys.PARTNERS.get(NEXT.getAndIncrement() % Journeys.PARTNERS.size())));
    }

    private static ScenarioBuilder probe(String name) {
        return scenario(name).exec(login()).exec(Journeys.signIn())
                .exec(Journeys.open("load probe", "load-probe"));
    }

    private static ScenarioBuilder partner(String name) {
        return scenario(name).exec(login()).exec(Journeys.partner(1, 2));
    }

    {
        setUp(probe("warm-up probe").injectOpen(atOnceUsers(3)).andThen(
                partner("warm-up partner").injectOpen(atOnceUsers(3)).andThen(
                        measure("none").injectOpen(atOnceUsers(1)).andThen(
                                probe("probe sessions").injectOpen(rampUsers(N).during(Duration.ofSeconds(120))).andThen(
                                        measure("probe").injectOpen(atOnceUsers(1)).andThen(
                                                partner("partner sessions").injectOpen(rampUsers(N).during(Duration.ofSeconds(240))).andThen(
                                                        measure("partner").injectOpen(atOnceUsers(1)))))))))
                .protocols(Journeys.protocol(portal.baseUrl()))
                .assertions(io.gatling.javaapi.core.CoreDsl.global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        portal.start();
    }

    @Override
    public void after() {
        var out = new StringBuilder(String.format("# Memory per session (N = %d)%n%n", N));
        if (heap.size() == 3) {
            var none = heap.get("none");
            var probe = heap.get("probe");
            var partner = heap.get("partner");
            out.append("| Measurement | heap used after full GC, KiB | per session, KiB |\n|---|---|---|\n");
            out.append(String.format("| no sessions (after warm-up) | %d | – |%n", none));
            var probeSessions = signedIn.get("probe") - signedIn.get("none");
            var partnerSessions = signedIn.get("partner") - signedIn.get("probe");
            out.append(String.format("| + %d sessions on the load-probe view | %d | %.1f |%n", probeSessions, probe,
                    (probe - none) / (double) probeSessions));
            out.append(String.format("| + %d partner-journey sessions | %d | %.1f |%n", partnerSessions, partner,
                    (partner - probe) / (double) partnerSessions));
            out.append("\nClasses that grew most with the partner sessions (histogram after them minus before them):\n\n");
            out.append(growth(histograms.get("probe"), histograms.get("partner"), partnerSessions));
            out.append("\nClasses that grew most with the probe sessions:\n\n");
            out.append(growth(histograms.get("none"), histograms.get("probe"), probeSessions));
        } else {
            out.append("Incomplete: measured only ").append(heap).append('\n');
        }
        out.append(String.format("%nERROR lines in the portal's log: %d%n", portal.errorLines().size()));
        portal.errorLines().stream().limit(20).forEach(line -> out.append("    ").append(line).append('\n'));
        out.append('\n').append(LoadFigures.table());
        LoadFigures.write(Path.of(portal.work.getParent().toString(), "load-memory.md"), out.toString());
        portal.stop();
    }

    private static String growth(Map<String, long[]> before, Map<String, long[]> after, long sessions) {
        var rows = new ArrayList<Map.Entry<String, long[]>>();
        after.forEach((type, counts) -> {
            var was = before.getOrDefault(type, new long[] {0, 0});
            rows.add(Map.entry(type, new long[] {counts[0] - was[0], counts[1] - was[1]}));
        });
        rows.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        var out = new StringBuilder("| class | instances | bytes | bytes per session |\n|---|---|---|---|\n");
        rows.stream().limit(25).forEach(e -> out.append(String.format("| `%s` | %d | %d | %d |%n", e.getKey(),
                e.getValue()[0], e.getValue()[1], e.getValue()[1] / Math.max(1, sessions))));
        return out.toString();
    }
}
