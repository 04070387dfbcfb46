package dev.partnerportal.support;

import dev.partnerportal.PortalApplication;
import dev.partnerportal.testsupport.EmbeddedPostgresInitializer;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on a random port, as {@link PortalWebTest}, but on a fresh database of the embedded PostgreSQL
 * (Flyway from scratch, then the demo data). The second and last shared web context: only {@code ApiOnPostgresTest}
 * and {@code PostgresEndToEndTest} use it, so that it starts once and the suite stays short.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.demo.enabled=true",
        // Tests seed their own activity in fixed windows; the demo's made-up months would blur their counts.
        "portal.demo.activity=false",
        "portal.search.directory=target/search-index/${random.uuid}",
        "portal.content.attachments.directory=target/postgres-attachments/${random.uuid}",
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
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@Import(TestClockConfiguration.class)
public @interface PortalWebPostgresTest {
}
