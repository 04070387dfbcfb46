package dev.partnerportal.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/**
 * The search index's part of the readiness probe. When the index is not ready (start-up check not done, or an
 * index rebuilt from nothing) is decided and tested in portal-content (SearchIndexingContract); the probe over
 * HTTP in {@link ReadinessProbeTest}.
 */
class ReadinessTest {

    @Test
    void anIndexThatDoesNotAnswerSearchesTakesTheNodeOutOfService() {
        assertThat(new SearchIndexReadiness(() -> false).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(new SearchIndexReadiness(() -> true).health().getStatus()).isEqualTo(Status.UP);
    }
}
