package dev.partnerportal.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sign-ins per second: {@code load.signin.concurrency} people (default 8) sign in through the login page and form
 * one after another for {@code load.signin.seconds} (default 60). Each sign-in is a whole one: the login page, its
 * UI, the unload beacon and the form post with its Argon2id check. No think time: this is the ceiling.
 */
public class SignInSimulation extends Simulation {

    private static final int CONCURRENCY = Integer.getInteger("load.signin.concurrency", 8);
    private static final int SECONDS = Integer.getInteger("load.signin.seconds", 60);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final PortalProcess portal = new PortalProcess();

    {
        var signIns = scenario("sign-in")
                .exec(session -> session.set("login", Journeys.PARTNERS.get(NEXT.getAndIncrement() % Journeys.PARTNERS.size())))
                .exec(Journeys.signIn());
        setUp(signIns.injectClosed(constantConcurrentUsers(CONCURRENCY).during(Duration.ofSeconds(SECONDS))))
                .protocols(Journeys.protocol(portal.baseUrl()))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        portal.start();
    }

    @Override
    public void after() {
        var out = String.format("# Sign-ins%n%n%d at once for %d s.%n%n%s", CONCURRENCY, SECONDS, LoadFigures.table());
        LoadFigures.write(Path.of(portal.work.getParent().toString(), "load-signin.md"), out);
        portal.stop();
    }
}
