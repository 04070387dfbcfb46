package dev.partnerportal.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Do idle sessions close although the browser keeps sending heartbeats? The portal runs with a one-minute session
 * timeout and a 20-second heartbeat ({@code vaadin.closeIdleSessions=true} as shipped); each user signs in, opens
 * home and then only sends heartbeats, as a forgotten tab does. The run records when each heartbeat is first
 * answered 410 Gone (the UI was closed) and counts the live Vaadin sessions by heap histogram before and after.
 */
public class IdleSessionSimulation extends Simulation {

    private static final int USERS = 10;
    private static final long LIMIT_MILLIS = Duration.ofMinutes(5).toMillis();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicInteger SIGNED_IN = new AtomicInteger();
    private static final Map<String, Long> CLOSED_AFTER = new ConcurrentHashMap<>();

    private final PortalProcess portal = new PortalProcess("--server.servlet.session.timeout=1m",
            "--vaadin.heartbeatInterval=20");
    private final Map<String, Long> sessions = new ConcurrentHashMap<>();

    private long vaadinSessions() {
        return portal.histogram().entrySet().stream().filter(e -> e.getKey().endsWith(".VaadinSession")
                || e.getKey().endsWith(".SpringVaadinSession")).mapToLong(e -> e.getValue()[0]).sum();
    }

    {
        var idle = scenario("idle tab")
                .exec(session -> session.set("login", Journeys.PARTNERS.get(NEXT.getAndIncrement() % Journeys.PARTNERS.size()))
                        .set("user", "user-" + NEXT.get()))
                .exec(Journeys.signIn())
                .exec(Journeys.open("home", ""))
                .exec(session -> session.set("lastRequest", System.currentTimeMillis()).set("hb", 200))
                .exec(session -> {
                    if (SIGNED_IN.incrementAndGet() == USERS) {
                        sessions.put("signed in", vaadinSessions());
                    }
                    return session;
                })
                .exec(asLongAs(session -> session.getInt("hb") == 200
                        && System.currentTimeMillis() - session.getLong("lastRequest") < LIMIT_MILLIS).on(
                        pause(Duration.ofSeconds(20))
                                .exec(http("heartbeat").post(session -> "/?v-r=heartbeat&v-uiId=" + Journeys.ui(session).uiId())
                                        .check(status().in(200, 410, 403).saveAs("hb")))))
                .exec(session -> {
                    if (session.getInt("hb") != 200) {
                        CLOSED_AFTER.put(session.getString("user"), System.currentTimeMillis() - session.getLong("lastRequest"));
                    }
                    return session;
                });
        setUp(idle.injectOpen(atOnceUsers(USERS)))
                .protocols(Journeys.protocol(portal.baseUrl()))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        portal.start();
        sessions.put("before", vaadinSessions());
    }

    @Override
    public void after() {
        sessions.put("after", vaadinSessions());
        var closed = CLOSED_AFTER.values().stream().mapToLong(Long::longValue).summaryStatistics();
        var out = new StringBuilder(String.format("# Idle sessions%n%n%d tabs signed in, then only heartbeats every 20 s; "
                + "session timeout 1 min.%n%n", USERS));
        out.append(String.format("- UIs closed (heartbeat answered 410 or 403): %d of %d%n", CLOSED_AFTER.size(), USERS));
        if (closed.getCount() > 0) {
            out.append(String.format("- closed after %.0f to %.0f s without a request other than heartbeats%n",
                    closed.getMin() / 1000.0, closed.getMax() / 1000.0));
        }
        out.append(String.format("- live Vaadin sessions (heap histogram): before %d, after the last sign-in %d, at the end %d%n",
                sessions.get("before"), sessions.getOrDefault("signed in", -1L), sessions.get("after")));
        LoadFigures.write(Path.of(portal.work.getParent().toString(), "load-idle.md"), out.toString());
        portal.stop();
    }
}
