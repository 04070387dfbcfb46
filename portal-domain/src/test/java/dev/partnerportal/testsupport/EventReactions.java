package dev.partnerportal.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Waits for the after-commit module listeners (ADR 012). Their publications are stored in the publishing
 * transaction, and a listener's own events in the listener's transaction, so "none in flight" means every
 * reaction, chains included, has run. Run after every test method, before its clean-up (META-INF/spring.factories of each
 * module's tests), so that no reaction of one test lands in the next one sharing the application context.
 */
public class EventReactions implements TestExecutionListener {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Returns once no recorded reaction is waiting or running; failed ones count as settled (they await a retry). */
    public static void awaitSettled(ApplicationContext context) {
        context.getBeanProvider(EventPublicationRegistry.class).ifAvailable(registry -> await("event reactions")
                .atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> registry.findIncompletePublications().stream()
                        .allMatch(publication -> publication.getStatus() == EventPublication.Status.FAILED)));
    }

    /** Before the test's own {@code @AfterEach} clean-up, so that no reaction lands after it. */
    @Override
    public void afterTestExecution(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            awaitSettled(testContext.getApplicationContext());
        }
    }
}
