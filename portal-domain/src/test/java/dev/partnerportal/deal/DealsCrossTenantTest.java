package dev.partnerportal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every partner-owned deal call in both directions: Northwind's people on Contoso's deal and co-selling request,
 * and Contoso's on Northwind's, find nothing and change nothing; a partner's pipeline and export hold its own
 * organization's deals only, whatever filter it sends.
 */
@SpringBootTest
class DealsCrossTenantTest {

    @Autowired
    Deals deals;
    @Autowired
    CoSelling coSelling;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void start() {
        clock.set(TestClockConfiguration.START);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    record Owned(DealRegistrationId deal, CoSellingRequestId request, long organization) {
    }

    Owned registerAndApprove(String email, String company) {
        SignIn.as(provider, email);
        var id = deals.register(new NewDeal(company, company.toLowerCase().replace(' ', '-') + ".example", "HU",
                Set.of("Analytics Cloud"), new BigDecimal("1000"), "HUF", LocalDate.now(clock).plusDays(30),
                DealStage.PROSPECTING, null));
        var request = coSelling.request(id, CoSellingKind.DEMO, "Demo, please.", LocalDate.now(clock).plusDays(3)).orElseThrow();
        var organization = deals.find(id).orElseThrow().summary().organizationId();
        SignIn.as(provider, "manager@vendor.test");
        deals.approve(id, null);
        return new Owned(id, request.id(), organization);
    }

    @Test
    void neitherOrganizationFindsNorChangesTheOthersDealsOrRequests() {
        var northwinds = registerAndApprove("alice@northwind.test", "Tenant North " + System.nanoTime());
        var contosos = registerAndApprove("carol@contoso.test", "Tenant South " + System.nanoTime());

        for (var probe : List.of(new Object[] {"bob@northwind.test", contosos}, new Object[] {"carol@contoso.test", northwinds})) {
            SignIn.as(provider, (String) probe[0]);
            var other = (Owned) probe[1];
            var before = snapshot();
            assertThat(deals.find(other.deal())).isEmpty();
            assertThat(deals.change(other.deal(), new DealChange(DealStage.LOST, null, "Probe.", null))).isEmpty();
            assertThat(deals.change(other.deal(), new DealChange(null, null, null, "Probe."))).isEmpty();
            assertThat(deals.requestExtension(other.deal(), "Probe.")).isEmpty();
            assertThat(coSelling.request(other.deal(), CoSellingKind.EXECUTIVE_SPONSOR, "Probe.", LocalDate.now(clock).plusDays(2))).isEmpty();
            assertThat(coSelling.find(other.request())).isEmpty();
            var filtered = deals.pipeline(new PipelineFilter(new dev.partnerportal.shared.OrganizationId(other.organization()), null));
            assertThat(filtered.deals()).isEmpty();
            assertThat(deals.pipeline(PipelineFilter.ALL).deals()).noneMatch(d -> d.organizationId() == other.organization());
            assertThat(deals.exportCsv(PipelineFilter.ALL)).doesNotContain("Tenant "
                    + (other == northwinds ? "North" : "South"));
            assertThat(snapshot()).isEqualTo(before);
        }
    }

    private List<Object> snapshot() {
        return List.of(jdbc.queryForList("select id, stage, notes, lost_reason, extension_reason, version from deal_registration order by id"),
                jdbc.queryForList("select id, status from deal_co_selling order by id"));
    }
}
