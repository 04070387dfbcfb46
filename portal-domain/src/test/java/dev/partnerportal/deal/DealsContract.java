package dev.partnerportal.deal;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import dev.partnerportal.tier.RequirementKind;
import dev.partnerportal.tier.TierRule;
import dev.partnerportal.tier.Tiers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deal registration rules that depend on the database, on H2 and PostgreSQL: conflict detection (also between
 * two partners registering the same customer at the same moment), protection expiry, reminders sent once, and a
 * won deal reaching the tier evaluation. Every test registers customers of its own (a random suffix), so the
 * demo deals and other tests' deals do not interfere.
 */
abstract class DealsContract {

    @Autowired
    Deals deals;
    @Autowired
    CoSelling coSelling;
    @Autowired
    DealIntake intake;
    @Autowired
    DealAttribution attribution;
    @Autowired
    ProtectionReminders reminders;
    @Autowired
    Tiers tiers;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    UserAccounts users;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    MailFixtures mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    OrganizationId northwind;
    OrganizationId contoso;
    String suffix;

    @BeforeEach
    void start() {
        clock.set(TestClockConfiguration.START);
        northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
    }

    NewDeal deal(String company, String domain) {
        return new NewDeal(company, domain, "DE", Set.of("Analytics Cloud"), new BigDecimal("50000"), "EUR",
                LocalDate.now(clock).plusDays(60), DealStage.QUALIFIED, "First meeting done.");
    }

    DealRegistrationId register(String email, String company, String domain) {
        SignIn.as(provider, email);
        return deals.register(deal(company, domain));
    }

    DealDetail asManager(DealRegistrationId id) {
        SignIn.as(provider, "manager@vendor.test");
        return deals.find(id).orElseThrow();
    }

    @Test
    void theSameDomainIsAConflictTheManagerSeesWithTheOtherRegistrationAndThePartnerOnlySeesUnderReview() {
        var first = register("alice@northwind.test", "Zephyr Logistics " + suffix + " GmbH", "zephyr-" + suffix + ".de");
        var second = register("carol@contoso.test", "ZEPHYR LOGISTICS " + suffix + " Kft.",
                "https://www.Zephyr-" + suffix + ".de/contact");

        var seenByCarol = deals.find(second).orElseThrow();
        assertThat(seenByCarol.conflicts()).isEmpty();
        assertThat(seenByCarol.summary().status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(seenByCarol.toString()).doesNotContain("Northwind").doesNotContain("GmbH");

        var review = asManager(second);
        assertThat(review.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.matchedOn()).isEqualTo(ConflictMatch.DOMAIN);
            assertThat(conflict.otherRegistration()).isEqualTo(first);
            assertThat(conflict.otherOrganizationName()).isEqualTo("Northwind Traders");
        });
        assertThat(asManager(first).conflicts()).as("the first registration is conflict-free").isEmpty();
    }

    @Test
    void aCloseNameMatchUnderAnotherDomainIsAConflictAndTheSameOrganizationIsNever() {
        register("alice@northwind.test", "Müller Maschinenbau " + suffix + " GmbH", "mueller-" + suffix + ".de");
        var own = register("bob@northwind.test", "Muller Maschinenbau " + suffix, "mueller-" + suffix + ".de");
        var other = register("carol@contoso.test", "Muller Maschinenbau " + suffix + " AG", "mm-" + suffix + ".com");

        assertThat(asManager(own).conflicts()).isEmpty();
        assertThat(asManager(other).conflicts()).extracting(DealConflict::matchedOn)
                .containsExactly(ConflictMatch.NAME, ConflictMatch.NAME);
    }

    @Test
    void aDirectAccountWithinItsProtectionConflictsAndAfterItDoesNot() {
        SignIn.as(provider, "manager@vendor.test");
        deals.addDirectAccount("Direct Customer " + suffix, "direct-" + suffix + ".com", LocalDate.now(clock).plusDays(10));
        var during = register("carol@contoso.test", "Other Name " + suffix, "www.direct-" + suffix + ".com");
        clock.advance(Duration.ofDays(11));
        var after = register("carol@contoso.test", "Direct Customer " + suffix, "direct-" + suffix + ".com");

        assertThat(asManager(during).conflicts()).singleElement().satisfies(c -> {
            assertThat(c.directAccount()).isTrue();
            assertThat(c.otherCompany()).isEqualTo("Direct Customer " + suffix);
        });
        assertThat(asManager(after).conflicts()).as("Contoso's own earlier registration is not a conflict").isEmpty();
    }

    @Test
    void twoPartnersRegisteringTheSameCustomerAtOnceExactlyOneIsTheConflictFreeFirst() throws Exception {
        var company = "Simultaneous " + suffix;
        var domain = "simultaneous-" + suffix + ".com";
        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<DealRegistrationId>> results = List.of("alice@northwind.test", "carol@contoso.test").stream()
                    .map(email -> pool.submit(() -> {
                        SignIn.as(provider, email);
                        try {
                            ready.countDown();
                            go.await();
                            return deals.register(deal(company, domain));
                        } finally {
                            SignIn.out();
                        }
                    })).toList();
            ready.await();
            go.countDown();
            var ids = List.of(results.get(0).get(), results.get(1).get());
            var conflictCounts = ids.stream().map(id -> asManager(id).conflicts().size()).sorted().toList();
            assertThat(conflictCounts).containsExactly(0, 1);
        }
    }

    @Test
    void approvalProtectsForTheConfiguredDaysAndAnExpiredRegistrationNoLongerConflicts() {
        var id = register("alice@northwind.test", "Expiring " + suffix, "expiring-" + suffix + ".com");
        SignIn.as(provider, "manager@vendor.test");
        var approved = deals.approve(id, "Named account.").orElseThrow();
        assertThat(approved.summary().protectedUntil()).isEqualTo(LocalDate.now(clock).plusDays(90));
        assertThat(approved.summary().protectedNow()).isTrue();

        clock.advance(Duration.ofDays(91));
        assertThat(deals.find(id).orElseThrow().summary().protectedNow()).isFalse();
        var later = register("carol@contoso.test", "Expiring " + suffix, "expiring-" + suffix + ".com");
        assertThat(asManager(later).conflicts()).isEmpty();
    }

    @Test
    void aReminderIsSentOnceBeforeTheProtectionEndsAndAgainOnlyAfterAnExtensionMovesTheEnd() {
        var id = register("alice@northwind.test", "Reminded " + suffix, "reminded-" + suffix + ".com");
        SignIn.as(provider, "manager@vendor.test");
        deals.approve(id, null);
        SignIn.out();
        var subject = "Deal protection for Reminded " + suffix;
        clock.advance(Duration.ofDays(70));
        reminders.remind();
        assertThat(remindersTo(subject)).isZero();

        clock.advance(Duration.ofDays(7)); // 13 days left, inside the 14-day window
        reminders.remind();
        reminders.remind();
        assertThat(remindersTo(subject)).isEqualTo(1);

        SignIn.as(provider, "alice@northwind.test");
        deals.requestExtension(id, "The board decides next month.");
        assertThatThrownBy(() -> deals.requestExtension(id, "Again.")).is(refusal("deal.extension-not-possible"));
        SignIn.as(provider, "manager@vendor.test");
        var extended = deals.decideExtension(id, true).orElseThrow();
        assertThat(extended.summary().protectedUntil()).isEqualTo(TestClockConfiguration.START.atZone(clock.getZone())
                .toLocalDate().plusDays(120));
        SignIn.out();
        reminders.remind();
        assertThat(remindersTo(subject)).isEqualTo(1);
        clock.advance(Duration.ofDays(30));
        reminders.remind();
        reminders.remind();
        assertThat(remindersTo(subject)).isEqualTo(2);
    }

    long remindersTo(String subject) {
        return mail.to("alice@northwind.test").stream().filter(m -> m.subject().startsWith(subject)).count();
    }

    @Test
    void wonNeedsApprovalAndTheFinalAmountLostAReasonAndAClosedDealIsReadOnly() {
        var id = register("alice@northwind.test", "Closing " + suffix, "closing-" + suffix + ".com");
        assertThatThrownBy(() -> deals.change(id, new DealChange(DealStage.WON, new BigDecimal("1000"), null, null)))
                .is(refusal("deal.not-approved"));
        assertThatThrownBy(() -> deals.change(id, new DealChange(DealStage.LOST, null, " ", null)))
                .is(refusal("deal.reason-required"));
        SignIn.as(provider, "manager@vendor.test");
        deals.approve(id, null);
        SignIn.as(provider, "bob@northwind.test");
        assertThatThrownBy(() -> deals.change(id, new DealChange(DealStage.WON, null, null, null)))
                .is(refusal("deal.final-amount-required"));
        assertThatThrownBy(() -> deals.change(id, new DealChange(DealStage.WON, new BigDecimal("10.001"), null, null)))
                .is(refusal("deal.amount-invalid"));
        var won = deals.change(id, new DealChange(DealStage.WON, new BigDecimal("52000.5"), null, null)).orElseThrow();
        assertThat(won.summary().finalAmount()).isEqualByComparingTo("52000.50");
        assertThat(won.summary().closedOn()).isEqualTo(LocalDate.now(clock));
        assertThatThrownBy(() -> deals.change(id, new DealChange(null, null, null, "More notes.")))
                .is(refusal("deal.closed"));
    }

    @Test
    void aRefusedRegistrationWritesNothing() {
        long before = jdbc.queryForObject("select count(*) from deal_registration", Long.class);
        long audits = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        SignIn.as(provider, "alice@northwind.test");
        assertThatThrownBy(() -> deals.register(deal("Nothing " + suffix, "not a domain"))).is(refusal("deal.domain-invalid"));
        assertThatThrownBy(() -> deals.register(new NewDeal("Nothing", "nothing.com", "XX", Set.of("A"), BigDecimal.TEN,
                "EUR", LocalDate.now(clock), DealStage.QUALIFIED, null))).is(refusal("deal.country-invalid"));
        assertThatThrownBy(() -> deals.register(new NewDeal("Nothing", "nothing.com", "DE", Set.of("A"), BigDecimal.TEN,
                "EURO", LocalDate.now(clock), DealStage.QUALIFIED, null))).is(refusal("deal.currency-invalid"));
        assertThatThrownBy(() -> deals.register(new NewDeal("Nothing", "nothing.com", "DE", Set.of(), BigDecimal.TEN,
                "EUR", LocalDate.now(clock), DealStage.QUALIFIED, null))).is(refusal("deal.products-invalid"));
        assertThatThrownBy(() -> deals.register(new NewDeal("Nothing", "nothing.com", "DE", Set.of("A"), BigDecimal.TEN,
                "EUR", LocalDate.now(clock), DealStage.WON, null))).is(refusal("deal.stage-invalid"));
        assertThat(jdbc.queryForObject("select count(*) from deal_registration", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(audits);
    }

    @Test
    void aWonDealReachesTheTierEvaluationThroughItsEvent() {
        SignIn.as(provider, "admin@vendor.test");
        var silver = tiers.rules().stream().filter(r -> r.tierCode().equals("SILVER")).findFirst().orElseThrow();
        try {
            tiers.changeRequirements("SILVER", List.of(TierRule.Requirement.dealsWon(1, null),
                    TierRule.Requirement.dealsWon(1000, "EUR")));
            EventReactions.awaitSettled(context);
            var id = register("carol@contoso.test", "Tiered " + suffix, "tiered-" + suffix + ".com");
            SignIn.as(provider, "manager@vendor.test");
            deals.approve(id, null);
            SignIn.as(provider, "carol@contoso.test");
            assertThat(tiers.standing(contoso).orElseThrow().tierCode()).isEqualTo("REGISTERED");

            deals.change(id, new DealChange(DealStage.WON, new BigDecimal("1200"), null, null));
            EventReactions.awaitSettled(context);

            var standing = tiers.standing(contoso).orElseThrow();
            assertThat(standing.tierCode()).isEqualTo("SILVER");
            assertThat(tiers.history(contoso).orElseThrow().getFirst().reason()).startsWith("Deal #" + id.value() + " won.");
        } finally {
            SignIn.as(provider, "admin@vendor.test");
            tiers.changeRequirements("SILVER", silver.requirements());
            EventReactions.awaitSettled(context);
            SignIn.out();
        }
    }

    @Test
    void aLeadBecomesARegistrationThatRemembersItsFundRequestAndAttributionCountsIt() {
        var fund = UUID.randomUUID();
        var lead = new LeadDeal(UUID.randomUUID(), fund, "Lead Customer " + suffix, "lead-" + suffix + ".com", "VN",
                Set.of("Analytics Cloud"), new BigDecimal("30000"), "USD");
        var users = this.users.findByEmail("alice@northwind.test").orElseThrow().id();
        var first = intake.registerFromLead(northwind, users, lead);
        intake.registerFromLead(northwind, users, new LeadDeal(UUID.randomUUID(), fund, "Second Lead " + suffix,
                "second-" + suffix + ".com", "VN", Set.of("Edge Gateway"), new BigDecimal("9000"), "EUR"));
        assertThat(attribution.forFundRequest(fund)).isEqualTo(new AttributedDeals(2, 0, java.util.Map.of()));

        var review = asManager(first);
        assertThat(review.summary().status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(review.summary().stage()).isEqualTo(DealStage.QUALIFIED);
        deals.approve(first, null);
        SignIn.as(provider, "alice@northwind.test");
        deals.change(first, new DealChange(DealStage.WON, new BigDecimal("31000"), null, null));

        var attributed = attribution.forFundRequest(fund);
        assertThat(attributed.registered()).isEqualTo(2);
        assertThat(attributed.won()).isEqualTo(1);
        assertThat(attributed.wonAmount()).containsOnlyKeys("USD");
        assertThat(attributed.wonAmount().get("USD")).isEqualByComparingTo("31000");
        assertThat(attribution.forFundRequest(UUID.randomUUID())).isEqualTo(new AttributedDeals(0, 0, java.util.Map.of()));
    }

    @Test
    void aCoSellingRequestIsAssignedAndDoneAndThePartnerSeesItsStateOnTheDeal() {
        var id = register("alice@northwind.test", "Co-sold " + suffix, "cosold-" + suffix + ".com");
        var request = coSelling.request(id, CoSellingKind.DEMO, "Demo for the CFO.", LocalDate.now(clock).plusDays(7)).orElseThrow();
        SignIn.as(provider, "manager@vendor.test");
        var engineer = coSelling.vendorPeople().stream().filter(p -> p.name().contains("Mona")).findFirst()
                .orElse(coSelling.vendorPeople().getFirst());
        assertThatThrownBy(() -> coSelling.finish(request.id(), CoSellingStatus.DONE, null)).is(refusal("deal.co-selling-transition"));
        coSelling.assign(request.id(), engineer.id());
        assertThat(coSelling.queue()).extracting(CoSellingView::id).contains(request.id());
        coSelling.finish(request.id(), CoSellingStatus.DONE, null);
        assertThat(coSelling.queue()).extracting(CoSellingView::id).doesNotContain(request.id());

        SignIn.as(provider, "bob@northwind.test");
        assertThat(deals.find(id).orElseThrow().coSelling()).singleElement().satisfies(seen -> {
            assertThat(seen.status()).isEqualTo(CoSellingStatus.DONE);
            assertThat(seen.assigneeName()).isEqualTo(engineer.name());
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action in ('CO_SELLING_REQUESTED', "
                + "'CO_SELLING_ASSIGNED', 'CO_SELLING_DONE') and detail like ?", Long.class, "#" + request.id().value() + "%"))
                .isEqualTo(3);
    }

    @Test
    void theManagersPipelineTotalsEachStageAndCurrencyApartAndThePartnersHoldsItsOwnOnly() {
        register("alice@northwind.test", "Totals A " + suffix, "totals-a-" + suffix + ".com");
        SignIn.as(provider, "alice@northwind.test");
        deals.register(new NewDeal("Totals B " + suffix, "totals-b-" + suffix + ".com", "US", Set.of("X"),
                new BigDecimal("70000"), "USD", LocalDate.now(clock).plusDays(30), DealStage.QUALIFIED, null));
        var own = deals.pipeline(PipelineFilter.ALL);
        assertThat(own.deals()).allMatch(d -> d.organizationId() == northwind.value());

        SignIn.as(provider, "manager@vendor.test");
        var pipeline = deals.pipeline(new PipelineFilter(northwind, DealStage.QUALIFIED));
        var expected = pipeline.deals().stream().filter(d -> d.currency().equals("EUR"))
                .map(DealSummary::estimatedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(pipeline.totals()).filteredOn(t -> t.currency().equals("EUR")).singleElement()
                .satisfies(t -> assertThat(t.sum()).isEqualByComparingTo(expected));
        assertThat(pipeline.totals()).extracting(StageTotal::currency).contains("EUR", "USD");
        assertThat(pipeline.totals()).allMatch(t -> t.stage() == DealStage.QUALIFIED);
        var csv = deals.exportCsv(new PipelineFilter(northwind, null));
        assertThat(csv).contains("Totals A " + suffix).doesNotContain("Contoso Ltd");
    }
}
