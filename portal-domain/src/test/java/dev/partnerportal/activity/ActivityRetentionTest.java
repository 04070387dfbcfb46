package dev.partnerportal.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Activity is kept 13 months (the default retention) and then deleted with its roll-ups; records are written
 * by id only and normalized. The test clock stands at 2 November 2026, so 2 October 2025 is the first day kept.
 */
@SpringBootTest
class ActivityRetentionTest {

    static final long PERSON = 990_001L;
    static final OrganizationId ORGANIZATION = new OrganizationId(990_002L);

    @Autowired
    ActivityRecorder recorder;
    @Autowired
    ActivityRetention retention;
    @Autowired
    ActivityRollup rollup;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void atTheStart() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from activity_event where user_id = ?", PERSON);
        jdbc.update("delete from activity_person_day where user_id = ?", PERSON);
    }

    @Test
    void eventsAndRollUpsOlderThanThirteenMonthsAreDeletedAndYoungerOnesKept() {
        assertThat(retention.keptFrom()).isEqualTo(LocalDate.of(2025, 10, 2));
        var user = new UserId(PERSON);
        recorder.record(ActivityRecord.of(Instant.parse("2025-10-01T23:59:59Z"), ActivityKind.SIGN_IN, user, ORGANIZATION));
        recorder.record(ActivityRecord.of(Instant.parse("2025-10-02T00:00:00Z"), ActivityKind.SIGN_IN, user, ORGANIZATION));
        recorder.record(ActivityRecord.of(Instant.parse("2026-10-30T08:00:00Z"), ActivityKind.SIGN_IN, user, ORGANIZATION));
        recorder.flush();
        for (var day : new LocalDate[] {LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2)}) {
            rollup.rollUp(new DayRange(day, day));
        }
        assertThat(days()).isEqualTo(2);

        retention.enforce();

        assertThat(jdbc.queryForList("select occurred_at from activity_event where user_id = ? order by occurred_at",
                java.time.OffsetDateTime.class, PERSON)).extracting(java.time.OffsetDateTime::toInstant)
                .containsExactly(Instant.parse("2025-10-02T00:00:00Z"), Instant.parse("2026-10-30T08:00:00Z"));
        assertThat(days()).as("the roll-up of 1 October went too").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from activity_rolled_day where activity_day < ?", Long.class,
                LocalDate.of(2025, 10, 2))).isZero();
    }

    @Test
    void aRecordKeepsIdsOnlyAndANormalizedQuery() {
        var caller = new Caller(new UserId(PERSON), "someone@example.test", Role.PARTNER_USER, ORGANIZATION);
        recorder.searched(caller, "  Cheat   SHEET\tRetail ", 4);
        recorder.searched(caller, "   ", 0);
        recorder.flush();

        var row = jdbc.queryForMap("select kind, organization_id, query_text, result_count from activity_event "
                + "where user_id = ?", PERSON);
        assertThat(row).containsEntry("KIND", "SEARCH").containsEntry("QUERY_TEXT", "cheat sheet retail")
                .containsEntry("RESULT_COUNT", 4);
        assertThat(((Number) row.get("ORGANIZATION_ID")).longValue()).isEqualTo(ORGANIZATION.value());
        assertThat(jdbc.queryForObject("select count(*) from activity_event where user_id = ?", Long.class, PERSON))
                .as("a blank query is not a search").isEqualTo(1);
    }

    private long days() {
        return jdbc.queryForObject("select count(*) from activity_person_day where user_id = ?", Long.class, PERSON);
    }
}
