package dev.partnerportal.plan;

import static dev.partnerportal.testsupport.NotificationCounts.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.NotificationCounts;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The daily job tells a partner's people of their commitments falling due, then overdue, once each. */
@SpringBootTest
class CommitmentDueNotificationTest {

    @Autowired
    JointPlans plans;
    @Autowired
    PlanCommitments commitments;
    @Autowired
    CommitmentDueNotices notices;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    PlanFixtures.Partner partner;

    @BeforeEach
    void aFreshPartnerWithAPlanStartingToday() {
        clock.set(TestClockConfiguration.START);
        NotificationCounts.clear(jdbc);
        partner = PlanFixtures.partner(organizations, users, encoder, clock.instant());
        SignIn.as(provider, "manager@vendor.test");
        plans.start(partner.organization(), LocalDate.ofInstant(TestClockConfiguration.START, ZoneOffset.UTC), 12);
    }

    @AfterEach
    void tidy() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
        NotificationCounts.clear(jdbc);
    }

    @Test
    void aPartnerCommitmentIsDueInItsWeekThenOverdueEachToldOnceToThatOrganizationOnly() {
        commitments.add(partner.organization(), new NewCommitment("Vendor workshop", "Mona", null, 2));
        NotificationCounts.turnOff(jdbc, partner.user(), "COMMITMENT_DUE");
        SignIn.as(provider, partner.admin());
        var commitment = commitments.add(partner.organization(), new NewCommitment("Certify two engineers", "Alex", null, 2));
        var link = "/plan?commitment=" + commitment.id();

        notices.sendDue();
        assertThat(of(jdbc, partner.admin(), "COMMITMENT_DUE")).as("week 1: not due yet").isZero();

        clock.advance(Duration.ofDays(7)); // week 2, its due week
        notices.sendDue();
        notices.sendDue();
        assertThat(of(jdbc, partner.admin(), "COMMITMENT_DUE", link)).isEqualTo(1);
        assertThat(of(jdbc, partner.admin(), "COMMITMENT_DUE")).as("the vendor's own commitment is not theirs").isEqualTo(1);
        assertThat(of(jdbc, partner.user(), "COMMITMENT_DUE")).as("turned off").isZero();
        assertThat(of(jdbc, "alice@northwind.test", "COMMITMENT_DUE", link)).isZero();

        jdbc.update("update notification set read_at = created_at");
        clock.advance(Duration.ofDays(1));
        notices.sendDue();
        assertThat(of(jdbc, partner.admin(), "COMMITMENT_DUE", link)).as("still only due").isEqualTo(1);

        clock.advance(Duration.ofDays(6)); // the first day after week 2: overdue
        notices.sendDue();
        notices.sendDue();
        assertThat(of(jdbc, partner.admin(), "COMMITMENT_DUE", link)).isEqualTo(2);
    }

    @Test
    void aDoneCommitmentIsNeverReported() {
        SignIn.as(provider, partner.admin());
        var commitment = commitments.add(partner.organization(), new NewCommitment("Launch webinar", "Alex", null, 1));
        commitments.changeStatus(partner.organization(), commitment.id(), CommitmentStatus.DONE);

        clock.advance(Duration.ofDays(8));
        notices.sendDue();
        assertThat(of(jdbc, partner.admin(), "COMMITMENT_DUE")).isZero();
    }
}
