package dev.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is kept of a query that found nothing: normalized text, with personal-looking data masked. */
class GapRecorderTest {

    @Test
    void queriesAreLowerCasedWithSpacesCollapsedAndPersonalDataMasked() {
        assertThat(GapRecorder.normalize("  Retail   ANALYTICS ")).isEqualTo("retail analytics");
        assertThat(GapRecorder.normalize("contact jane.doe@example.com today")).isEqualTo("contact [email] today");
        assertThat(GapRecorder.normalize("call +36 30 123 4567")).isEqualTo("call +[number]");
        assertThat(GapRecorder.normalize("order 1234-5678")).isEqualTo("order [number]");
        assertThat(GapRecorder.normalize("model 2026")).isEqualTo("model 2026");
        assertThat(GapRecorder.normalize("x".repeat(300))).hasSize(SearchGap.QUERY_MAX_LENGTH);
        assertThat(GapRecorder.normalize("   ")).isNull();
    }
}
