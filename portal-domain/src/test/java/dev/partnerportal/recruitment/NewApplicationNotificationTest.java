package dev.partnerportal.recruitment;

import static dev.partnerportal.testsupport.NotificationCounts.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.NotificationCounts;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A submitted application is news for the people who review applications, and for no one else. */
@SpringBootTest
class NewApplicationNotificationTest {

    @Autowired
    Recruitment recruitment;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void clean() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from throttle_entry where kind = 'PARTNER_APPLICATION'");
        NotificationCounts.clear(jdbc);
    }

    @AfterEach
    void tidy() {
        NotificationCounts.clear(jdbc);
    }

    @Test
    void eachApplicationTellsTheChannelManagersAndAdministratorsOnceButNotWhoeverTurnedItOff() {
        NotificationCounts.turnOff(jdbc, "admin@vendor.test", "NEW_APPLICATION");
        var company = "Tailspin " + UUID.randomUUID().toString().substring(0, 6);
        var id = recruitment.apply(RecruitmentContract.form(company, "t-" + UUID.randomUUID().toString().substring(0, 6)
                + "@tailspin.test"), "", "198.51.100.40").orElseThrow();
        var link = "/applications?application=" + id;

        assertThat(of(jdbc, "manager@vendor.test", "NEW_APPLICATION", link)).isEqualTo(1);
        assertThat(jdbc.queryForList("select distinct subject from notification where link = ?", String.class, link))
                .containsExactly(company);
        assertThat(of(jdbc, "admin@vendor.test", "NEW_APPLICATION")).as("turned off").isZero();
        assertThat(of(jdbc, "editor@vendor.test", "NEW_APPLICATION")).as("editors do not review").isZero();
        assertThat(of(jdbc, "alice@northwind.test", "NEW_APPLICATION")).as("a staff kind").isZero();

        var second = recruitment.apply(RecruitmentContract.form("Second " + company, "s-" + UUID.randomUUID().toString()
                .substring(0, 6) + "@tailspin.test"), "", "198.51.100.41").orElseThrow();
        assertThat(of(jdbc, "manager@vendor.test", "NEW_APPLICATION")).as("one per application").isEqualTo(2);
        assertThat(of(jdbc, "manager@vendor.test", "NEW_APPLICATION", "/applications?application=" + second)).isEqualTo(1);
    }
}
