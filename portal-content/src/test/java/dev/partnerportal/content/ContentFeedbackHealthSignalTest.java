package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The content part of the feedback loop: its arithmetic, and every organization read at once as if alone. */
@SpringBootTest(classes = ContentTestApplication.class)
class ContentFeedbackHealthSignalTest {

    @Autowired
    ContentFeedbackHealthSignal signal;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void fourEntriesScoreFullMarksAndNoneSaysSo() {
        var none = ContentFeedbackHealthSignal.reading(0, 0);
        assertThat(none.score()).isZero();
        assertThat(none.reasonKey()).isEqualTo("content.health.reason.none");
        assertThat(none.reasonArguments()).containsExactly(0L, 0L, 180);

        var three = ContentFeedbackHealthSignal.reading(3, 2);
        assertThat(three.score()).isEqualTo(75);
        assertThat(three.reasonKey()).isEqualTo("content.health.reason.some");
        assertThat(three.facts()).extracting(HealthFact::value).containsExactly(3L, 2L);
        assertThat(ContentFeedbackHealthSignal.reading(9, 4).score()).isEqualTo(100);
    }

    @Test
    void manyOrganizationsReadAtOnceReadAsEachAloneAndCountTheirOwnEntries() {
        var today = LocalDate.now(clock);
        var ids = organizations.all().stream().map(OrganizationSummary::organizationId).toList();
        var since = today.minusDays(ContentFeedbackHealthSignal.WINDOW_DAYS).atStartOfDay(clock.getZone()).toInstant();

        var together = signal.readAll(ids, today);

        assertThat(together.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        for (var id : ids) {
            assertThat(together.get(id)).as("organization %s", id).isEqualTo(signal.read(id, today).orElseThrow());
            assertThat(together.get(id).facts().getFirst().value()).isEqualTo(jdbc.queryForObject(
                    "select count(*) from content_feedback where organization_id = ? and created_at >= ?", Long.class,
                    id.value(), Timestamp.from(since)));
        }
        assertThat(signal.readAll(List.of(), today)).isEmpty();
    }
}
