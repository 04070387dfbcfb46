package dev.partnerportal.certification;

import static dev.partnerportal.testsupport.NotificationCounts.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.NotificationCounts;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The expiry reminder job also tells the holder in the portal, linking to the renewal quiz. */
@SpringBootTest
class ExpiryNotificationTest {

    static final String RENEWAL = "/training/quiz/sales-renewal-quiz";

    @Autowired
    Certifications certifications;
    @Autowired
    ExpiryReminders reminders;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    HeldCertification bobs;

    @BeforeEach
    void bobIsCertified() {
        clock.set(TestClockConfiguration.START);
        NotificationCounts.clear(jdbc);
        jdbc.update("delete from certification_reminder");
        jdbc.update("update certification_award set renewal_of = null");
        jdbc.update("delete from certification_award where user_id <> (select id from portal_user where email = 'alice@northwind.test')");
        SignIn.as(provider, "bob@northwind.test");
        bobs = certifications.recordQuizPassed("sales-fundamentals-quiz", Set.of("sales-fundamentals")).orElseThrow();
        SignIn.out();
        jdbc.update("update certification_award set issued_on = ?, expires_on = ? where user_id = (select id from portal_user where email = 'alice@northwind.test')",
                LocalDate.of(2026, 11, 1), LocalDate.of(2036, 11, 1));
    }

    @AfterEach
    void restore() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
        NotificationCounts.clear(jdbc);
        jdbc.update("delete from tier_change where reason like 'Certification %'");
        jdbc.update("update partner_organization set tier_id = (select id from partner_tier where code = 'GOLD') where name = 'Northwind Traders'");
    }

    @Test
    void theHolderAloneHearsOfEachStageOnceWhileTheFormerIsUnread() {
        at(bobs.expiresOn().minusDays(60));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(reminders.sendDue()).isZero();

        assertThat(of(jdbc, "bob@northwind.test", "CERTIFICATION_EXPIRING", RENEWAL)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select subject from notification where link = ?", String.class, RENEWAL))
                .isEqualTo("Sales Professional");
        assertThat(of(jdbc, "alice@northwind.test", "CERTIFICATION_EXPIRING")).as("not the holder").isZero();
        assertThat(of(jdbc, "carol@contoso.test", "CERTIFICATION_EXPIRING")).isZero();

        jdbc.update("update notification set read_at = created_at");
        at(bobs.expiresOn().minusDays(30));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(of(jdbc, "bob@northwind.test", "CERTIFICATION_EXPIRING")).as("the next stage, once read").isEqualTo(2);
    }

    @Test
    void aHolderWhoTurnedItOffGetsTheMailButNoNotification() {
        NotificationCounts.turnOff(jdbc, "bob@northwind.test", "CERTIFICATION_EXPIRING");
        at(bobs.expiresOn().minusDays(60));
        assertThat(reminders.sendDue()).isEqualTo(1);

        assertThat(of(jdbc, "bob@northwind.test", "CERTIFICATION_EXPIRING")).isZero();
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(6, 30).toInstant(ZoneOffset.UTC));
    }
}
