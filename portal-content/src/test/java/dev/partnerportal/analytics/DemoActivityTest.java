package dev.partnerportal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.activity.ActivityRollup;
import dev.partnerportal.activity.DayRange;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.SignIn;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's made-up activity tells its story on the dashboards: every kind of activity is there, Contoso's people
 * only since it joined, Duna Informatika fades, and Northwind's two people are both active. Seeded into a window of
 * its own (winter 2025/26), which no other test uses, and removed afterwards.
 */
@SpringBootTest(classes = ContentTestApplication.class)
class DemoActivityTest {

    static final DayRange WINTER = new DayRange(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 30));

    @Autowired
    DemoActivity demo;
    @Autowired
    ActivityRollup rollup;
    @Autowired
    ChannelAnalytics analytics;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheWinter() {
        SignIn.out();
        jdbc.update("delete from activity_event where occurred_at >= ? and occurred_at < ?", at(WINTER.from()),
                at(WINTER.to().plusDays(1)));
        rollup.rollUp(WINTER);
    }

    @Test
    void threeMonthsOfActivityTellTheDemosStory() {
        int events = demo.seed(WINTER);

        assertThat(events).isGreaterThan(500);
        assertThat(count("", new Object[0])).isEqualTo(events);
        assertThat(jdbc.queryForList("select distinct kind from activity_event where occurred_at >= ? and occurred_at < ?",
                String.class, at(WINTER.from()), at(WINTER.to().plusDays(1))))
                .containsExactlyInAnyOrder("SIGN_IN", "ITEM_VIEW", "DOWNLOAD", "PDF_DOWNLOAD", "SEARCH", "SEARCH_CLICK",
                        "LESSON_PROGRESS", "QUIZ_RESULT", "CERTIFIED");
        assertThat(count(" and result_count = 0", new Object[0])).as("searches that found nothing").isPositive();

        var joined = WINTER.to().minusDays(20);
        assertThat(count(" and organization_id = ? and occurred_at < ?", new Object[] {organization("Contoso Ltd"), at(joined)}))
                .as("Contoso before it joined").isZero();
        assertThat(count(" and organization_id = ?", new Object[] {organization("Contoso Ltd")})).isPositive();
        var duna = organization("Duna Informatika Kft.");
        // Days its people are active (their sign-ins): about 13 a person in the first month, 4 in the last.
        assertThat(count(" and kind = 'SIGN_IN' and organization_id = ? and occurred_at < ?",
                new Object[] {duna, at(WINTER.from().plusDays(30))}))
                .as("Duna Informatika fades").isGreaterThan(2 * count(
                        " and kind = 'SIGN_IN' and organization_id = ? and occurred_at >= ?",
                        new Object[] {duna, at(WINTER.to().minusDays(29))}));

        rollup.rollUp(WINTER);
        SignIn.as(provider, "manager@vendor.test");
        var northwind = analytics.engagement(WINTER).stream().filter(e -> e.name().equals("Northwind Traders"))
                .findFirst().orElseThrow();
        assertThat(northwind.activeInRange()).as("everyone at Northwind").isEqualTo(jdbc.queryForObject(
                "select count(*) from portal_user where enabled and organization_id = ?", Long.class,
                organization("Northwind Traders"))).isGreaterThanOrEqualTo(2);
    }

    private long count(String condition, Object[] args) {
        var all = new Object[args.length + 2];
        all[0] = at(WINTER.from());
        all[1] = at(WINTER.to().plusDays(1));
        System.arraycopy(args, 0, all, 2, args.length);
        return jdbc.queryForObject("select count(*) from activity_event where occurred_at >= ? and occurred_at < ?"
                + condition, Long.class, all);
    }

    private long organization(String name) {
        return jdbc.queryForObject("select id from partner_organization where name = ?", Long.class, name);
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
