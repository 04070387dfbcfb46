package dev.partnerportal.escalation;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** An escalation past its response, then its resolution target is news for its partner manager, once each. */
@SpringBootTest
class BreachNotificationTest {

    @Autowired
    Escalations escalations;
    @Autowired
    BreachNotices notices;
    @Autowired
    EscalationMail recipients;
    @Autowired
    UserAccounts users;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void mondayMorning() {
        clock.set(TestClockConfiguration.START); // Monday 09:00 in the business hours' zone
        NotificationCounts.clear(jdbc);
    }

    @AfterEach
    void tidy() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
        NotificationCounts.clear(jdbc);
    }

    private EscalationId raise(String title) {
        SignIn.as(provider, "alice@northwind.test");
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        var id = escalations.raise(northwind, new NewEscalation(EscalationCategory.TECHNICAL, EscalationSeverity.CRITICAL,
                title, "Orders fail since the update."), null);
        SignIn.out();
        return id;
    }

    @Test
    void theResponseThenTheResolutionBreachReachThePartnerManagerOnceEachAndNoPartner() {
        var id = raise("Checkout fails");
        var link = "/escalation/" + id.value();

        notices.sendDue();
        assertThat(of(jdbc, "manager@vendor.test", "ESCALATION_TARGET_BREACHED", link)).as("on track").isZero();

        clock.advance(Duration.ofHours(5)); // respond by 13:00
        notices.sendDue();
        notices.sendDue();
        assertThat(of(jdbc, "manager@vendor.test", "ESCALATION_TARGET_BREACHED", link)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select distinct subject from notification where link = ? and kind = 'ESCALATION_TARGET_BREACHED'",
                String.class, link)).isEqualTo("Checkout fails");
        assertThat(of(jdbc, "alice@northwind.test", "ESCALATION_TARGET_BREACHED")).as("a staff kind").isZero();
        assertThat(of(jdbc, "carol@contoso.test", "ESCALATION_TARGET_BREACHED")).isZero();

        jdbc.update("update notification set read_at = created_at");
        notices.sendDue();
        assertThat(of(jdbc, "manager@vendor.test", "ESCALATION_TARGET_BREACHED", link)).as("told, even once read").isEqualTo(1);

        clock.advance(Duration.ofDays(2)); // resolve by Tuesday 17:00
        notices.sendDue();
        assertThat(of(jdbc, "manager@vendor.test", "ESCALATION_TARGET_BREACHED", link)).isEqualTo(2);
    }

    @Test
    void aManagerWhoTurnedItOffHearsNothing() {
        NotificationCounts.turnOff(jdbc, "manager@vendor.test", "ESCALATION_TARGET_BREACHED");
        var id = raise("Invoices missing");

        clock.advance(Duration.ofHours(5));
        notices.sendDue();
        assertThat(of(jdbc, "manager@vendor.test", "ESCALATION_TARGET_BREACHED")).isZero();
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        var others = recipients.recipients(northwind).stream()
                .filter(person -> !person.equals(users.findByEmail("manager@vendor.test").orElseThrow().id())).toList();
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'ESCALATION_TARGET_BREACHED' and link = ?",
                Long.class, "/escalation/" + id.value())).as("the escalation's other staff contacts").isEqualTo(others.size());
    }
}
