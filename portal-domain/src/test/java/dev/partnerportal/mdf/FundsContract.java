package dev.partnerportal.mdf;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Market development funds on H2 and PostgreSQL: the allocation is never overspent, also when 100 approvals
 * race; claims need proof recognized by its bytes; a partner reaches only its own organization's funds.
 * Tests use the quarter 2031-Q1, which demo data never touches, and remove what they made.
 */
abstract class FundsContract {

    static final FiscalQuarter QUARTER = new FiscalQuarter(2031, 1);
    static final LocalDate START = QUARTER.firstDay().plusDays(10);

    @Autowired
    MarketDevelopmentFunds funds;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    OrganizationId northwind;
    OrganizationId contoso;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
    }

    @AfterEach
    void cleanUp() {
        SignIn.out();
        var allocations = "(select id from mdf_allocation where fiscal_quarter = '" + QUARTER + "')";
        var requests = "(select id from mdf_fund_request where allocation_id in " + allocations + ")";
        jdbc.update("delete from mdf_claim_proof where claim_id in (select id from mdf_claim where fund_request_id in "
                + requests + ")");
        jdbc.update("delete from mdf_claim where fund_request_id in " + requests);
        jdbc.update("delete from mdf_fund_request where allocation_id in " + allocations);
        jdbc.update("delete from mdf_allocation where fiscal_quarter = ?", QUARTER.toString());
    }

    static NewFundRequest request(String cost) {
        return new NewFundRequest(ActivityType.EVENT, "Partner summit booth", "A booth at the summit.",
                new BigDecimal(cost), 20, START, START.plusDays(2));
    }

    void allocate(OrganizationId organization, String amount) {
        SignIn.as(provider, "manager@vendor.test");
        funds.allocate(organization, QUARTER, new BigDecimal(amount), "eur");
    }

    UUID submit(String email, String cost) {
        SignIn.as(provider, email);
        return funds.submit(request(cost)).id();
    }

    @Test
    void aHundredConcurrentApprovalsNeverReserveMoreThanTheAllocation() throws Exception {
        allocate(northwind, "1000.00");
        var ids = new ArrayList<UUID>();
        SignIn.as(provider, "alice@northwind.test");
        for (int i = 0; i < 100; i++) {
            ids.add(funds.submit(request("30.00")).id());
        }
        var manager = SignIn.as(provider, "manager@vendor.test");
        var start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (var id : ids) {
                Callable<Boolean> approval = () -> {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(manager);
                    SecurityContextHolder.setContext(context);
                    start.await();
                    try {
                        funds.approve(id);
                        return true;
                    } catch (RuleViolation refused) {
                        assertThat(refused.code()).isEqualTo("mdf.allocation-exceeded");
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                outcomes.add(pool.submit(approval));
            }
            start.countDown();
            long approved = 0;
            for (var outcome : outcomes) {
                approved += outcome.get() ? 1 : 0;
            }
            assertThat(approved).isEqualTo(33);
        }
        assertThat(jdbc.queryForObject("select reserved from mdf_allocation where organization_id = ? and fiscal_quarter = ?",
                BigDecimal.class, northwind.value(), QUARTER.toString())).isEqualByComparingTo("990.00");
        assertThat(jdbc.queryForObject("select count(*) from mdf_fund_request where status = 'APPROVED' and allocation_id = "
                + "(select id from mdf_allocation where organization_id = ? and fiscal_quarter = ?)", Long.class,
                northwind.value(), QUARTER.toString())).isEqualTo(33L);
    }

    @Test
    void aRequestBeyondWhatIsFreeOrWithoutAllocationIsRefusedAndRejectionNeedsAReason() {
        assertThatThrownBy(() -> submit("alice@northwind.test", "10.00")).is(refusal("mdf.no-allocation"));
        allocate(northwind, "100.00");
        assertThatThrownBy(() -> submit("alice@northwind.test", "100.01")).is(refusal("mdf.allocation-exceeded"));
        var id = submit("bob@northwind.test", "100.00");
        SignIn.as(provider, "manager@vendor.test");
        assertThatThrownBy(() -> funds.reject(id, "")).is(refusal("mdf.reason-required"));
        assertThatThrownBy(() -> funds.allocate(northwind, QUARTER, new BigDecimal("-1"), "EUR")).is(refusal("mdf.amount-invalid"));
        var rejected = funds.reject(id, "No summits this quarter");
        assertThat(rejected.status()).isEqualTo(FundRequestStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("No summits this quarter");
        assertThatThrownBy(() -> funds.approve(id)).is(refusal("mdf.status-change-refused"));
    }

    @Test
    void anAllocationCannotDropBelowWhatIsReservedAndByTierSetsEveryPartnerOfTheTier() {
        allocate(northwind, "500.00");
        var id = submit("alice@northwind.test", "400.00");
        SignIn.as(provider, "manager@vendor.test");
        funds.approve(id);
        assertThatThrownBy(() -> funds.allocate(northwind, QUARTER, new BigDecimal("399.99"), "EUR"))
                .is(refusal("mdf.amount-below-reserved"));

        int set = funds.allocateByTier(QUARTER, Map.of("GOLD", new BigDecimal("2500"), "REGISTERED", new BigDecimal("700")), "EUR");

        assertThat(set).isEqualTo(jdbc.queryForObject("select count(*) from partner_organization o join partner_tier t "
                + "on t.id = o.tier_id where t.code in ('GOLD', 'REGISTERED')", Integer.class));
        var byOrganization = funds.allocations().stream().filter(a -> a.quarter().equals(QUARTER)).toList();
        assertThat(byOrganization).filteredOn(a -> a.organizationId() == northwind.value()).singleElement()
                .satisfies(a -> {
                    assertThat(a.amount()).isEqualByComparingTo("2500.00");
                    assertThat(a.free()).isEqualByComparingTo("2100.00");
                });
        assertThat(byOrganization).filteredOn(a -> a.organizationId() == contoso.value()).singleElement()
                .satisfies(a -> assertThat(a.amount()).isEqualByComparingTo("700.00"));
    }

    @Test
    void aClaimNeedsProofByContentAndAtMostTheApprovedCostThenMovesToPaid() {
        allocate(northwind, "1000.00");
        var id = submit("alice@northwind.test", "800.00");
        var pdf = new ProofFile("invoice.pdf", DemoFunds.invoice("Invoice 1"));
        var renamed = new ProofFile("invoice.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> funds.claim(id, new BigDecimal("700"), List.of(pdf))).is(refusal("mdf.request-not-approved"));
        SignIn.as(provider, "manager@vendor.test");
        funds.approve(id);

        SignIn.as(provider, "bob@northwind.test");
        assertThatThrownBy(() -> funds.claim(id, new BigDecimal("800.01"), List.of(pdf))).is(refusal("mdf.claim-above-approved"));
        assertThatThrownBy(() -> funds.claim(id, new BigDecimal("700"), List.of(renamed))).is(refusal("mdf.proof-type-refused"));
        assertThatThrownBy(() -> funds.claim(id, new BigDecimal("700"), List.of())).is(refusal("mdf.proof-required"));
        assertThatThrownBy(() -> funds.claim(id, new BigDecimal("700"), List.of(new ProofFile("big.pdf",
                new byte[ProofFile.MAX_BYTES + 1])))).is(refusal("mdf.proof-too-large"));
        assertThat(jdbc.queryForObject("select count(*) from mdf_claim where fund_request_id = ?", Long.class, id)).isZero();

        var claimed = funds.claim(id, new BigDecimal("700"), List.of(pdf)).orElseThrow();
        var claim = claimed.claims().getFirst();
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.proofs()).singleElement().satisfies(p -> assertThat(p.mediaType()).isEqualTo("application/pdf"));
        assertThat(funds.proof(claim.proofs().getFirst().id()).orElseThrow().content()).isEqualTo(pdf.content());
        assertThatThrownBy(() -> funds.claim(id, new BigDecimal("10"), List.of(pdf))).is(refusal("mdf.claim-exists"));

        SignIn.as(provider, "manager@vendor.test");
        assertThatThrownBy(() -> funds.decideClaim(claim.id(), ClaimStatus.PAID, null)).is(refusal("mdf.status-change-refused"));
        funds.decideClaim(claim.id(), ClaimStatus.APPROVED, null);
        var paid = funds.decideClaim(claim.id(), ClaimStatus.PAID, null);
        assertThat(paid.claims().getFirst().status()).isEqualTo(ClaimStatus.PAID);
        assertThat(paid.results().spent()).isEqualByComparingTo("700.00");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MDF_CLAIM_PAID' and detail like ?",
                Long.class, "#" + claim.id() + " %")).isEqualTo(1L);
    }

    @Test
    void anotherOrganizationsRequestsClaimsAndProofsBehaveAsIfTheyDidNotExist() {
        allocate(northwind, "1000.00");
        var id = submit("alice@northwind.test", "500.00");
        SignIn.as(provider, "manager@vendor.test");
        funds.approve(id);
        SignIn.as(provider, "alice@northwind.test");
        var claim = funds.claim(id, new BigDecimal("400"), List.of(new ProofFile("i.pdf", DemoFunds.invoice("x"))))
                .orElseThrow().claims().getFirst();
        long claims = jdbc.queryForObject("select count(*) from mdf_claim", Long.class);

        SignIn.as(provider, "carol@contoso.test");
        assertThat(funds.find(id)).isEmpty();
        assertThat(funds.requests()).extracting(FundRequestView::id).doesNotContain(id);
        assertThat(funds.allocations()).allMatch(a -> a.organizationId() == contoso.value());
        assertThat(funds.claim(id, new BigDecimal("1"), List.of(new ProofFile("i.pdf", DemoFunds.invoice("y"))))).isEmpty();
        assertThat(funds.proof(claim.proofs().getFirst().id())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mdf_claim", Long.class)).isEqualTo(claims);
    }
}
