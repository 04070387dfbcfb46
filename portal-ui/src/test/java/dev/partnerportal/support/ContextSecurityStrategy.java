package dev.partnerportal.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each web application context installs its own security context strategy (Vaadin's) in SecurityContextHolder's
 * static field when it starts. With two shared contexts in one test JVM ({@link PortalWebTest} on H2 and
 * {@link PortalWebPostgresTest}), the one started last would stay installed, so tests of the other context would
 * sign in through one strategy while its filters and method security read another, and get 403s. Before every
 * test this puts back the strategy of the context the test runs in.
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        var strategy = testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    @Override
    public int getOrder() {
        // Before the other listeners' before-method work (sign-ins by test support run inside the test).
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
