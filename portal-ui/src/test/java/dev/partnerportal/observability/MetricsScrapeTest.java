package dev.partnerportal.observability;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static dev.partnerportal.support.PortalWebTest.METRICS_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Prometheus scrape on the application port: refused without the scrape token (anonymous, a wrong token, a
 * signed-in administrator's API token), and with it the portal's own meters, which move when the thing they count
 * happens (docs/operations.md, "Metrics").
 */
@PortalWebTest
class MetricsScrapeTest {

    private static final String PATH = "/actuator/prometheus";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        // The shared context builds its search index after start; the meters below need it built.
        await().atMost(Duration.ofMinutes(3)).until(() -> api.get("/actuator/health/readiness", null).status() == 200);
    }

    @Test
    void theScrapeIsRefusedWithoutTheScrapeToken() {
        var anonymous = api.get(PATH, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("portal_");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"metrics\"");
        assertThat(api.get(PATH, METRICS_TOKEN + "x").status()).isEqualTo(401);
        assertThat(api.get(PATH, METRICS_TOKEN.substring(1)).status()).isEqualTo(401);
        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        assertThat(api.get(PATH, admin).status()).as("an API sign-in is not a scrape credential").isEqualTo(401);
    }

    @Test
    void thePortalsMetersAreScrapedAndMove() {
        var before = scrape();
        for (var meter : new String[] {"portal_search_index_lag", "portal_search_index_ready",
                "portal_mail_outbox{status=\"queued\"}", "portal_mail_outbox{status=\"failed\"}",
                "portal_mail_delivery_failures_total", "portal_events_incomplete", "portal_vaadin_sessions",
                "portal_vaadin_uis", "portal_signin_failures_total"}) {
            assertThat(value(before, meter)).as(meter).isPresent();
        }
        assertThat(value(before, "portal_search_index_ready")).hasValue(1);
        assertThat(before).as("search latency as a histogram")
                .contains("portal_search_latency_seconds_bucket{operation=\"search\",le=");
        assertThat(before).as("scheduled job durations, e.g. the mail retry that runs at start")
                .containsPattern("tasks_scheduled_execution_seconds_count\\{[^}]*code_function=\"retryQueued\"");

        var token = api.tokenFor("alice@northwind.test", DEMO_PASSWORD);
        assertThat(api.get("/api/search?q=retail", token).status()).isEqualTo(200);
        assertThat(api.token("nobody-" + System.nanoTime() + "@example.test", "wrong password").status()).isEqualTo(401);
        assertThat(api.get("/login", null).status()).isEqualTo(200);

        var after = scrape();
        assertThat(count(after, "portal_search_latency_seconds_count{operation=\"search\"}"))
                .isGreaterThanOrEqualTo(count(before, "portal_search_latency_seconds_count{operation=\"search\"}") + 1);
        assertThat(count(after, "portal_signin_failures_total"))
                .isGreaterThanOrEqualTo(count(before, "portal_signin_failures_total") + 1);
        assertThat(count(after, "portal_vaadin_sessions")).as("opening the sign-in page starts a Vaadin session")
                .isGreaterThan(count(before, "portal_vaadin_sessions"));
    }

    private String scrape() {
        var response = api.get(PATH, METRICS_TOKEN);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        return response.body();
    }

    /** The first sample of this name that carries all the given labels ({@code name} or {@code name{a="b",c="d"}}). */
    static OptionalDouble value(String scrape, String series) {
        int brace = series.indexOf('{');
        var name = brace < 0 ? series : series.substring(0, brace);
        var labels = brace < 0 ? List.<String>of() : List.of(series.substring(brace + 1, series.length() - 1).split(","));
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .filter(line -> line.split("[{ ]", 2)[0].equals(name) && labels.stream().allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    private static double count(String scrape, String series) {
        return value(scrape, series).orElse(0);
    }
}
