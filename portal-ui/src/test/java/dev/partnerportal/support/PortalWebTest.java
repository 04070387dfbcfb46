package dev.partnerportal.support;

import dev.partnerportal.PortalApplication;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on a random port with a fresh in-memory H2 and the demo data. Every web-level test uses
 * exactly this configuration, so they all share one application context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-web-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        "portal.demo.enabled=true",
        // Tests seed their own activity in fixed windows; the demo's made-up months would blur their counts.
        "portal.demo.activity=false",
        "portal.search.directory=target/search-index/${random.uuid}",
        "portal.demo.password=" + PortalWebTest.DEMO_PASSWORD,
        "logging.level.org.springframework.security.crypto=error",
        "portal.news.allow-loopback=true",
        // Tests sign in thousands of times: hashing far below OWASP's minimum (the production default), which
        // SignInBurstTest puts back for its accounts.
        "portal.security.password-hashing.memory-kib=256",
        "portal.security.password-hashing.iterations=1",
        "portal.security.password-hashing.allow-below-owasp-minimum=true",
        "portal.metrics.scrape-token=" + PortalWebTest.METRICS_TOKEN
})
@Import(TestClockConfiguration.class)
public @interface PortalWebTest {

    String DEMO_PASSWORD = "demo-password-for-tests";
    /** What Prometheus would present to scrape /actuator/prometheus (docs/operations.md, "Metrics"). */
    String METRICS_TOKEN = "metrics-scrape-token-for-tests-0123456789";
}
