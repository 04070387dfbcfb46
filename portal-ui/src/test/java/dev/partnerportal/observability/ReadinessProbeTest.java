package dev.partnerportal.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The readiness probe counts the search index in: with the index built, the node is ready (not ready while it is
 * rebuilt from nothing: SearchIndexingContract in portal-content, and ReadinessTest).
 */
@PortalWebTest
class ReadinessProbeTest {

    @LocalServerPort
    int port;
    @Autowired
    SearchIndexReadiness searchIndex;
    @Autowired
    HealthEndpointGroups groups;

    @Test
    void aNodeWhoseIndexIsBuiltIsReady() {
        var api = new ApiClient(port);
        // The shared context builds its index from nothing after start; until then the probe says 503.
        await().atMost(Duration.ofMinutes(3)).until(() -> api.get("/actuator/health/readiness", null).status() == 200);
        assertThat(groups.get("readiness").isMember("searchIndex")).isTrue();
        assertThat(groups.get("liveness").isMember("searchIndex")).as("a rebuild never restarts the node").isFalse();
        assertThat(searchIndex.health().getStatus()).isEqualTo(Status.UP);
        var readiness = api.get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }
}
