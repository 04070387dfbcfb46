package dev.partnerportal.lead;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lead distribution, acceptance, rejection, expiry and import. Leads aimed at one partner use an industry that
 * only that partner serves in these tests; every lead a test creates is removed afterwards.
 */
abstract class LeadsContract {

    static final String TEST_COMPANY = "Test lead ";

    @Autowired
    Leads leads;
    @Autowired
    LeadOfferExpiry expiry;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    long northwind;
    long contoso;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        northwind = organizations.findByName("Northwind Traders").orElseThrow().id();
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().id();
        jdbc.update("update partner_organization set industries = 'Aerospace,Retail' where id = ?", northwind);
        jdbc.update("update partner_organization set industries = 'Aerospace' where id = ?", contoso);
    }

    @AfterEach
    void cleanUp() {
        SignIn.out();
        jdbc.update("delete from sales_lead_offer where lead_id in (select id from sales_lead where company like 'Test lead %')");
        jdbc.update("delete from sales_lead where company like 'Test lead %'");
        jdbc.update("update partner_organization set industries = null where id in (?, ?)", northwind, contoso);
    }

    static NewLead lead(String name, @Nullable String region, @Nullable String industry) {
        return new NewLead(TEST_COMPANY + name, "https://www.Example-" + name.toLowerCase().replace(' ', '-') + ".com/",
                "de", region, industry, null, null, "Pat Doe", "Pat@Example.com", null, Set.of("Analytics Suite"),
                new BigDecimal("1200.5"), "eur", null, null);
    }

    @Test
    void aLeadGoesOnlyToPartnersMatchingItsFiltersAndIsTidiedOnTheWay() {
        SignIn.as(provider, "manager@vendor.test");

        var retail = leads.create(lead("Retail", null, "retail"));

        assertThat(retail.status()).isEqualTo(LeadStatus.OFFERED);
        assertThat(retail.organizationId()).isEqualTo(northwind);
        assertThat(retail.offerExpiresAt()).isEqualTo(TestClockConfiguration.START.plus(Duration.ofHours(48)));
        assertThat(retail.domain()).isEqualTo("example-retail.com");
        assertThat(retail.country()).isEqualTo("DE");
        assertThat(retail.currency()).isEqualTo("EUR");
        assertThat(retail.estimatedValue()).isEqualByComparingTo("1200.50");
        var american = leads.create(lead("American aerospace", "North America", "Aerospace"));
        assertThat(american.organizationId()).as("region filter leaves Contoso only").isEqualTo(contoso);
        var nobody = leads.create(lead("Nobody", "Antarctica", null));
        assertThat(nobody.status()).isEqualTo(LeadStatus.RETURNED);
        assertThat(nobody.organizationId()).isNull();
    }

    @Test
    void roundRobinAlternatesBetweenTheEligiblePartners() {
        SignIn.as(provider, "manager@vendor.test");
        var receivers = new ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            receivers.add(leads.create(lead("Round " + i, null, "Aerospace")).organizationId());
        }
        assertThat(receivers).containsOnly(northwind, contoso);
        assertThat(receivers.get(0)).isNotEqualTo(receivers.get(1));
        assertThat(receivers.get(1)).isNotEqualTo(receivers.get(2));
        assertThat(receivers.get(2)).isNotEqualTo(receivers.get(3));
    }

    @Test
    void capacityLimitsOpenOffersPerPartner() {
        SignIn.as(provider, "manager@vendor.test");
        long open = jdbc.queryForObject("select count(*) from sales_lead where offered_to = ? and status = 'OFFERED'",
                Long.class, northwind);
        for (long i = open; i < 5; i++) {
            assertThat(leads.create(lead("Fill " + i, null, "Retail")).organizationId()).isEqualTo(northwind);
        }
        assertThat(leads.create(lead("Over capacity", null, "Retail")).status()).isEqualTo(LeadStatus.RETURNED);
    }

    @Test
    void acceptingConvertsTheLeadAndOnlyTheReceivingPartnerSeesIt() {
        SignIn.as(provider, "manager@vendor.test");
        var id = leads.create(lead("Accepted", null, "Retail")).id();

        SignIn.as(provider, "carol@contoso.test");
        assertThat(leads.find(id)).isEmpty();
        assertThat(leads.list(LeadFilter.NONE)).extracting(LeadView::id).doesNotContain(id);
        assertThat(leads.accept(id)).isEmpty();
        assertThat(leads.reject(id, "Not ours")).isEmpty();
        assertThat(status(id)).isEqualTo("OFFERED");

        SignIn.as(provider, "bob@northwind.test");
        assertThat(leads.list(LeadFilter.NONE)).extracting(LeadView::id).contains(id);
        var accepted = leads.accept(id).orElseThrow();

        assertThat(accepted.status()).isEqualTo(LeadStatus.ACCEPTED);
        assertThat(accepted.dealRegistrationId()).isNotNull();
        assertThat(accepted.organizationId()).isEqualTo(northwind);
        assertThat(leads.find(id)).isPresent();
        assertThatThrownBy(() -> leads.reject(id, "Changed our mind")).is(refusal("lead.not-offered"));
        assertThat(jdbc.queryForObject("select deal_registration_id from sales_lead where id = ?", Long.class, id))
                .isEqualTo(accepted.dealRegistrationId());
        // The deal feature's conversion registered it for Northwind, remembering the lead, waiting for review.
        assertThat(jdbc.queryForMap("select organization_id, customer_company, lead_id, status from deal_registration "
                + "where id = ?", accepted.dealRegistrationId()))
                .containsEntry("organization_id", northwind)
                .containsEntry("customer_company", accepted.company())
                .containsEntry("lead_id", id);
        assertThat(audits("LEAD_ACCEPTED", id)).isEqualTo(1);
    }

    @Test
    void rejectingNeedsAReasonAndMovesTheLeadOnUntilNoPartnerIsLeft() {
        SignIn.as(provider, "manager@vendor.test");
        var first = leads.create(lead("Rejected", null, "Aerospace"));
        var firstPartner = first.organizationId();
        var id = first.id();

        SignIn.as(provider, firstPartner == northwind ? "alice@northwind.test" : "carol@contoso.test");
        assertThatThrownBy(() -> leads.reject(id, " ")).is(refusal("lead.reason-required"));
        leads.reject(id, "Outside our territory");
        assertThat(leads.find(id)).as("no longer offered to the first partner").isEmpty();

        SignIn.as(provider, firstPartner == northwind ? "carol@contoso.test" : "alice@northwind.test");
        var second = leads.find(id).orElseThrow();
        assertThat(second.organizationId()).isNotEqualTo(firstPartner);
        leads.reject(id, "No capacity this quarter");

        SignIn.as(provider, "manager@vendor.test");
        assertThat(leads.find(id).orElseThrow().status()).isEqualTo(LeadStatus.RETURNED);
        assertThat(jdbc.queryForObject("select reason from sales_lead_offer where lead_id = ? and organization_id = ?",
                String.class, id, firstPartner)).isEqualTo("Outside our territory");
    }

    @Test
    void anExpiredOfferMovesToTheNextPartnerOnceEvenWhenRunsOverlap() throws Exception {
        SignIn.as(provider, "manager@vendor.test");
        var lead = leads.create(lead("Expired", null, "Aerospace"));
        var firstPartner = lead.organizationId();
        SignIn.out();

        clock.advance(Duration.ofHours(47));
        expiry.moveExpiredOffers();
        assertThat(offeredTo(lead.id())).as("still within the window").isEqualTo(firstPartner);

        clock.advance(Duration.ofHours(1));
        var moved = new AtomicInteger();
        var runs = new ArrayList<Thread>();
        for (int i = 0; i < 2; i++) {
            runs.add(Thread.ofPlatform().start(() -> moved.addAndGet(expiry.moveExpiredOffers() > 0 ? 1 : 0)));
        }
        for (var run : runs) {
            run.join();
        }

        assertThat(offeredTo(lead.id())).isNotEqualTo(firstPartner).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from sales_lead_offer where lead_id = ?", Long.class, lead.id()))
                .isEqualTo(2L);
        assertThat(jdbc.queryForObject("select outcome from sales_lead_offer where lead_id = ? and organization_id = ?",
                String.class, lead.id(), firstPartner)).isEqualTo("EXPIRED");
        assertThat(audits("LEAD_OFFER_EXPIRED", lead.id())).isEqualTo(1);
    }

    @Test
    void anImportWithAWrongRowImportsNothingUnlessOnlyTheValidRowsAreAskedFor() {
        SignIn.as(provider, "manager@vendor.test");
        var csv = """
                company,domain,country,contact_name,contact_email,products,estimated_value,currency,industry
                Test lead Import one,import-one.example,DE,Ann Lee,ann@example.com,Analytics Suite;Commerce Cloud,1000,EUR,Retail
                Test lead Import two,,XX,Bo Kim,not-an-email,Analytics Suite,abc,EUR,Retail
                Test lead Import three,import-three.example,AT,Cy Ng,cy@example.com,Analytics Suite,2500.00,EUR,Retail
                """;
        long before = count();

        assertThatThrownBy(() -> leads.importCsv(csv, false, done -> { }))
                .isInstanceOfSatisfying(LeadImportRefused.class, refused -> {
                    assertThat(refused.report().rows()).isEqualTo(3);
                    assertThat(refused.report().validRows()).isEqualTo(2);
                    assertThat(refused.report().problems()).extracting(LeadProblem::line).containsOnly(3);
                    assertThat(refused.report().problems()).extracting(LeadProblem::field)
                            .containsExactlyInAnyOrder("domain", "estimatedValue", "country", "contactEmail");
                });
        assertThat(count()).isEqualTo(before);

        var progress = new ArrayList<Integer>();
        var report = leads.importCsv(csv, true, progress::add);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(progress).containsExactly(1, 2);
        assertThat(count()).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("select products from sales_lead where company = 'Test lead Import one'",
                String.class)).isEqualTo("Analytics Suite,Commerce Cloud");
    }

    @Test
    void partnersMayNotCreateOrImport() {
        SignIn.as(provider, "alice@northwind.test");
        assertThatThrownBy(() -> leads.create(lead("By partner", null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from sales_lead", Long.class);
    }

    private String status(UUID id) {
        return jdbc.queryForObject("select status from sales_lead where id = ?", String.class, id);
    }

    private @Nullable Long offeredTo(UUID id) {
        return jdbc.queryForObject("select offered_to from sales_lead where id = ?", Long.class, id);
    }

    private long audits(String action, UUID id) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and detail like ?", Long.class,
                action, id + "%");
    }
}
