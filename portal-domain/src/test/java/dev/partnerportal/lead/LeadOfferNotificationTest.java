package dev.partnerportal.lead;

import static dev.partnerportal.testsupport.NotificationCounts.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.NotificationCounts;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A lead offered to an organization is news for its partner administrators, who accept or reject it. */
@SpringBootTest
class LeadOfferNotificationTest {

    @Autowired
    Leads leads;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    long northwind;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        NotificationCounts.clear(jdbc);
        northwind = organizations.findByName("Northwind Traders").orElseThrow().id();
        jdbc.update("update partner_organization set industries = 'Retail' where id = ?", northwind);
    }

    @AfterEach
    void cleanUp() {
        SignIn.out();
        NotificationCounts.clear(jdbc);
        jdbc.update("delete from sales_lead_offer where lead_id in (select id from sales_lead where company like 'Test lead %')");
        jdbc.update("delete from sales_lead where company like 'Test lead %'");
        jdbc.update("update partner_organization set industries = null where id = ?", northwind);
    }

    @Test
    void theOfferTellsThePartnerAdministratorsOfThatOrganizationOnly() {
        SignIn.as(provider, "manager@vendor.test");
        var lead = leads.create(LeadsContract.lead("Notified retail", null, "Retail"));
        assertThat(lead.organizationId()).isEqualTo(northwind);

        assertThat(of(jdbc, "alice@northwind.test", "DEAL_OR_LEAD_UPDATE", "/leads?lead=" + lead.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select subject from notification where link = ?", String.class,
                "/leads?lead=" + lead.id())).isEqualTo(lead.company());
        assertThat(of(jdbc, "bob@northwind.test", "DEAL_OR_LEAD_UPDATE")).as("a partner user does not decide").isZero();
        assertThat(of(jdbc, "carol@contoso.test", "DEAL_OR_LEAD_UPDATE")).as("not offered to Contoso").isZero();
    }

    @Test
    void anAdministratorWhoTurnedItOffHearsNothing() {
        NotificationCounts.turnOff(jdbc, "alice@northwind.test", "DEAL_OR_LEAD_UPDATE");
        SignIn.as(provider, "manager@vendor.test");
        var lead = leads.create(LeadsContract.lead("Quiet retail", null, "Retail"));
        assertThat(lead.organizationId()).isEqualTo(northwind);

        assertThat(of(jdbc, "alice@northwind.test", "DEAL_OR_LEAD_UPDATE")).isZero();
    }
}
