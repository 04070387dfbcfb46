package dev.partnerportal.deal;

import static dev.partnerportal.testsupport.NotificationCounts.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.NotificationCounts;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The vendor's decisions on a deal and its moves reach the registering organization's people. */
@SpringBootTest
class DealNotificationTest {

    @Autowired
    Deals deals;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void clean() {
        clock.set(TestClockConfiguration.START);
        NotificationCounts.clear(jdbc);
    }

    @AfterEach
    void tidy() {
        SignIn.out();
        NotificationCounts.clear(jdbc);
    }

    @Test
    void approvalAndAStageMoveByStaffTellTheRegistrantsOrganizationOnceEachButNotAPartnersOwnMove() {
        NotificationCounts.turnOff(jdbc, "bob@northwind.test", "DEAL_OR_LEAD_UPDATE");
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(provider, "alice@northwind.test");
        var id = deals.register(new NewDeal("Litware " + suffix, "litware-" + suffix + ".com", "DE",
                Set.of("Analytics Cloud"), new BigDecimal("40000"), "EUR", LocalDate.now(clock).plusDays(60),
                DealStage.QUALIFIED, "Met the buyer."));
        var link = "/deal/" + id.value();
        assertThat(of(jdbc, "alice@northwind.test", "DEAL_OR_LEAD_UPDATE")).as("registering tells no one").isZero();

        SignIn.as(provider, "manager@vendor.test");
        deals.approve(id, null).orElseThrow();

        assertThat(of(jdbc, "alice@northwind.test", "DEAL_OR_LEAD_UPDATE", link)).as("once while unread").isEqualTo(1);
        assertThat(of(jdbc, "bob@northwind.test", "DEAL_OR_LEAD_UPDATE")).as("turned off").isZero();
        assertThat(of(jdbc, "carol@contoso.test", "DEAL_OR_LEAD_UPDATE")).as("another organization").isZero();

        jdbc.update("update notification set read_at = created_at");
        deals.change(id, new DealChange(DealStage.PROPOSAL, null, null, null)).orElseThrow();
        assertThat(of(jdbc, "alice@northwind.test", "DEAL_OR_LEAD_UPDATE", link)).as("read, then moved").isEqualTo(2);

        jdbc.update("update notification set read_at = created_at");
        SignIn.as(provider, "alice@northwind.test");
        deals.change(id, new DealChange(DealStage.NEGOTIATION, null, null, null)).orElseThrow();
        assertThat(of(jdbc, "alice@northwind.test", "DEAL_OR_LEAD_UPDATE")).as("the partner's own move").isEqualTo(2);
    }

    @Test
    void aRejectionTellsTheRegistrantsOrganization() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(provider, "carol@contoso.test");
        var id = deals.register(new NewDeal("Proseware " + suffix, "proseware-" + suffix + ".com", "DE",
                Set.of("Analytics Cloud"), new BigDecimal("12000"), "EUR", LocalDate.now(clock).plusDays(30),
                DealStage.QUALIFIED, "Demo booked."));

        SignIn.as(provider, "admin@vendor.test");
        deals.reject(id, "Existing direct customer.").orElseThrow();

        assertThat(of(jdbc, "carol@contoso.test", "DEAL_OR_LEAD_UPDATE", "/deal/" + id.value())).isEqualTo(1);
        assertThat(of(jdbc, "alice@northwind.test", "DEAL_OR_LEAD_UPDATE")).isZero();
    }
}
