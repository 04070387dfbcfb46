package dev.partnerportal.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Capacity: {@code load.sessions} partner sessions (default 1,000) start over {@code load.ramp} seconds, sign in
 * and then keep browsing with think times of {@code load.think.min} to {@code load.think.max} seconds until
 * {@code load.hold} seconds after the ramp; one channel manager and one editor per 100 partners do the same with
 * the staff journeys. Target: no failed request and UIDL p95 at most 150 ms (docs/benchmarks/capacity.md).
 */
public class CapacitySimulation extends Simulation {

    private static final int SESSIONS = Integer.getInteger("load.sessions", 1000);
    private static final int RAMP = Integer.getInteger("load.ramp", 600);
    private static final int HOLD = Integer.getInteger("load.hold", 300);
    private static final int THINK_MIN = Integer.getInteger("load.think.min", 10);
    private static final int THINK_MAX = Integer.getInteger("load.think.max", 30);
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static volatile long endAt = Long.MAX_VALUE;

    private final PortalProcess portal = new PortalProcess();

    private static ChainBuilder untilTheEnd(ChainBuilder journey) {
        return exec(asLongAs(session -> System.currentTimeMillis() < endAt).on(journey));
    }

    {
        var staff = Math.max(1, SESSIONS / 100);
        var partners = scenario("partner")
                .feed(() -> java.util.stream.Stream.generate(
                        () -> Map.<String, Object>of("login", Journeys.PARTNERS.get(NEXT.getAndIncrement() % Journeys.PARTNERS.size())))
                        .iterator())
                .exec(Journeys.partnerStart())
                .exec(untilTheEnd(Journeys.partnerRound(THINK_MIN, THINK_MAX)));
        var managers = scenario("channel manager").exec(Journeys.managerStart())
                .exec(untilTheEnd(Journeys.managerRound(THINK_MIN, THINK_MAX)));
        var editors = scenario("content editor").exec(Journeys.editorStart())
                .exec(untilTheEnd(Journeys.editorRound(THINK_MIN, THINK_MAX)));
        setUp(partners.injectOpen(rampUsers(SESSIONS).during(Duration.ofSeconds(RAMP))),
                managers.injectOpen(rampUsers(staff).during(Duration.ofSeconds(RAMP))),
                editors.injectOpen(rampUsers(staff).during(Duration.ofSeconds(RAMP))))
                .protocols(Journeys.protocol(portal.baseUrl()))
                .maxDuration(Duration.ofSeconds(RAMP + HOLD + 600L))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        portal.start();
        endAt = System.currentTimeMillis() + (RAMP + HOLD) * 1000L;
    }

    @Override
    public void after() {
        var errors = portal.errorLines();
        var p95 = LoadFigures.uidlP95();
        var report = new StringBuilder();
        report.append(String.format("# Capacity run%n%nPartner sessions: %d (ramp %d s, hold %d s, think %d-%d s), staff: %d managers and %d editors.%n%n",
                SESSIONS, RAMP, HOLD, THINK_MIN, THINK_MAX, Math.max(1, SESSIONS / 100), Math.max(1, SESSIONS / 100)));
        report.append(LoadFigures.table());
        report.append(String.format("%nUIDL p95 %d ms: target (<= 150 ms) %s. People who could not sign in: %d. "
                        + "ERROR lines in the portal's log: %d.%n",
                p95, p95 <= 150 ? "met" : "NOT met", LoadFigures.gaveUpCount(), errors.size()));
        errors.stream().limit(20).forEach(line -> report.append("    ").append(line).append('\n'));
        LoadFigures.write(Path.of(portal.work.getParent().toString(), "load-capacity.md"), report.toString());
        portal.stop();
    }
}
