package dev.partnerportal.setup;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses demo mode in production before anything starts: the demo's accounts share one published password. Refuses
 * the test suites' cheap password hashing ({@code portal.security.password-hashing.allow-below-owasp-minimum}) there
 * too.
 * Runs as soon as the configuration is read (profiles, files, environment, command line), so an operator who
 * left {@code portal.demo.enabled=true} beside the {@code postgres} profile learns it at once, before the database
 * is touched, from Spring Boot's "APPLICATION FAILED TO START" report ({@link SetupFailureAnalyzer}).
 */
class ProductionDemoGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean production = environment.getProperty("portal.production", Boolean.class, false);
        boolean demo = environment.getProperty("portal.demo.enabled", Boolean.class, false);
        if (production && demo) {
            throw new SetupRefusedException("Demo mode is on in production (portal.demo.enabled=true with "
                    + "portal.production=true). Demo mode creates six accounts that share one published password.",
                    "Remove portal.demo.enabled (or set it to false) for the production profile. To try the demo, "
                    + "run without the postgres profile.");
        }
        if (production && environment.getProperty("portal.security.password-hashing.allow-below-owasp-minimum",
                Boolean.class, false)) {
            throw new SetupRefusedException("Password hashing below OWASP's minimum is allowed in production "
                    + "(portal.security.password-hashing.allow-below-owasp-minimum=true with portal.production=true). "
                    + "That setting is for test suites: a leaked hash would be cheap to crack.",
                    "Remove portal.security.password-hashing.allow-below-owasp-minimum for the production profile.");
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
