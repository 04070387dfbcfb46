package dev.partnerportal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.deal.CoSelling;
import dev.partnerportal.deal.CoSellingKind;
import dev.partnerportal.deal.DealChange;
import dev.partnerportal.deal.DealRegistrationId;
import dev.partnerportal.deal.DealStage;
import dev.partnerportal.deal.Deals;
import dev.partnerportal.deal.PipelineFilter;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.Team;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.lead.Leads;
import dev.partnerportal.mdf.MarketDevelopmentFunds;
import dev.partnerportal.mdf.ProofFile;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.partner.OrganizationProfiles;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.productaccess.ProductAccess;
import dev.partnerportal.productaccess.ProductAccessId;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.sso.SsoProviderChange;
import dev.partnerportal.sso.SsoSettings;
import dev.partnerportal.tier.Tiers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every partner-facing domain call that takes another organization's data, made by a Northwind partner
 * administrator: on Contoso's data it finds nothing and changes nothing; on Northwind's own it works.
 */
@SpringBootTest
class CrossTenantMatrixTest {

    /** One call: given the services and a target organization (plus one of its people), did it find or change anything? */
    record Call(String name, Function<Context, Boolean> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Context(Services services, OrganizationId organization, UserId member, long partnerStep, UUID lead,
                   UUID fundRequest, DealRegistrationId deal, ProductAccessId productAccessRequest) {
    }

    record Services(PartnerDirectory directory, OnboardingJourneys journeys, Tiers tiers, OrganizationProfiles profiles,
                    Team team, Leads leads, MarketDevelopmentFunds funds, Deals deals, CoSelling coSelling,
                    ProductAccess productAccess, SsoSettings sso,
                    dev.partnerportal.notification.Notifications notifications,
                    dev.partnerportal.notification.Notify notifier) {
    }

    static final List<ProofFile> PROOF = List.of(new ProofFile("invoice.pdf",
            "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));

    static List<Call> calls() {
        return List.of(
                new Call("PartnerDirectory.find", c -> c.services().directory().find(c.organization()).isPresent()),
                new Call("OnboardingJourneys.of", c -> c.services().journeys().of(c.organization()).isPresent()),
                new Call("OnboardingJourneys.complete", c -> c.services().journeys().complete(c.partnerStep())),
                new Call("Tiers.standing", c -> c.services().tiers().standing(c.organization()).isPresent()),
                new Call("Tiers.history", c -> c.services().tiers().history(c.organization()).isPresent()),
                new Call("OrganizationProfiles.profile", c -> c.services().profiles().profile(c.organization()).isPresent()),
                new Call("OrganizationProfiles.logo (no leak even when absent)",
                        c -> c.services().profiles().logo(c.organization()).isPresent()
                                || c.services().profiles().profile(c.organization()).isPresent()),
                new Call("Team.changeRole", c -> c.services().team().changeRole(c.member(), Role.PARTNER_USER)),
                new Call("Team.deactivate", c -> c.services().team().deactivate(c.member())),
                new Call("Leads.find (a lead offered to the organization)", c -> c.services().leads().find(c.lead()).isPresent()),
                new Call("Leads.accept", c -> c.services().leads().accept(c.lead()).isPresent()),
                new Call("Leads.reject", c -> c.services().leads().reject(c.lead(), "Not for us").isPresent()),
                new Call("MarketDevelopmentFunds.find", c -> c.services().funds().find(c.fundRequest()).isPresent()),
                new Call("MarketDevelopmentFunds.claim",
                        c -> c.services().funds().claim(c.fundRequest(), BigDecimal.TEN, PROOF).isPresent()),
                new Call("Deals.find", c -> c.services().deals().find(c.deal()).isPresent()),
                new Call("Deals.change", c -> c.services().deals().change(c.deal(),
                        new DealChange(DealStage.PROPOSAL, null, null, "Cross-tenant probe.")).isPresent()),
                new Call("Deals.requestExtension", c -> c.services().deals().requestExtension(c.deal(), "Probe.").isPresent()),
                new Call("Deals.pipeline", c -> c.services().deals().pipeline(new PipelineFilter(c.organization(), null))
                        .deals().stream().anyMatch(d -> d.id().equals(c.deal()))),
                new Call("Deals.exportCsv", c -> c.services().deals().exportCsv(new PipelineFilter(c.organization(), null))
                        .lines().count() > 1),
                new Call("CoSelling.request", c -> c.services().coSelling().request(c.deal(), CoSellingKind.DEMO, "Probe.",
                        java.time.LocalDate.of(2026, 11, 20)).isPresent()),
                new Call("ProductAccess.find", c -> c.services().productAccess().find(c.productAccessRequest()).isPresent()),
                new Call("ProductAccess.mine", c -> c.services().productAccess().mine().stream()
                        .anyMatch(r -> r.id().equals(c.productAccessRequest()))),
                new Call("SsoSettings.save", c -> refusedAsNotFound(() -> c.services().sso().save(c.organization(),
                        new SsoProviderChange("https://idp.matrix.test", "portal", "secret",
                                List.of("matrix-" + c.organization().value() + ".test"), null, false)))),
                new Call("SsoSettings.settings", c -> refusedAsNotFound(() -> c.services().sso().settings(c.organization()))),
                // Notifications are a person's own; one addressed to an organization's people reaches only them.
                new Call("Notifications.mine (a notification to the organization's people)", c -> {
                    c.services().notifier().organization(c.organization(),
                            dev.partnerportal.notification.NotificationKind.ESCALATION_UPDATE, "Matrix probe", "/escalations");
                    return c.services().notifications().mine(100).stream().anyMatch(n -> n.subject().equals("Matrix probe"));
                }));
    }

    /** True when the call worked; false when it was refused as "not found", which is how another tenant's data answers. */
    static boolean refusedAsNotFound(java.util.function.Supplier<?> call) {
        try {
            call.get();
            return true;
        } catch (RuleViolation refused) {
            if (refused.kind() != dev.partnerportal.shared.ErrorKind.NOT_FOUND) {
                throw refused;
            }
            return false;
        }
    }

    @Autowired
    PartnerDirectory directory;
    @Autowired
    OnboardingJourneys journeys;
    @Autowired
    Tiers tiers;
    @Autowired
    OrganizationProfiles profiles;
    @Autowired
    Team team;
    @Autowired
    Deals deals;
    @Autowired
    CoSelling coSelling;
    @Autowired
    ProductAccess productAccess;
    @Autowired
    SsoSettings sso;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    UserAccounts users;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Leads leads;
    @Autowired
    MarketDevelopmentFunds funds;
    @Autowired
    dev.partnerportal.notification.Notifications notifications;
    @Autowired
    dev.partnerportal.notification.Notify notify;

    @BeforeEach
    void signInAsNorthwindsAdministrator() {
        LeadAndFundFixtures.create(jdbc);
        SignIn.as(provider, "alice@northwind.test");
    }

    @AfterEach
    void restore() {
        SignIn.out();
        jdbc.update("update portal_user set enabled = true, role = 'PARTNER_USER' where email = 'bob@northwind.test'");
        jdbc.update("update portal_user set enabled = true, role = 'PARTNER_ADMIN' where email = 'carol@contoso.test'");
        jdbc.update("update onboarding_step set completed_at = null, completed_by = null");
        LeadAndFundFixtures.remove(jdbc);
        jdbc.update("update deal_registration set extension_reason = null, extension_requested_at = null "
                + "where extension_reason = 'Probe.'");
        jdbc.update("delete from deal_co_selling where notes = 'Probe.'");
        jdbc.update("delete from sso_email_domain");
        jdbc.update("delete from sso_connection");
        jdbc.update("delete from notification where subject = 'Matrix probe'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void onAnotherOrganizationsDataNothingIsFoundAndNothingChanges(Call call) {
        var contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
        var before = snapshot();

        var found = call.run().apply(context(contoso, "carol@contoso.test"));

        assertThat(found).as(call.name()).isFalse();
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void onTheOwnOrganizationsDataTheSameCallWorks(Call call) {
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();

        assertThat(call.run().apply(context(northwind, "bob@northwind.test"))).as(call.name()).isTrue();
    }

    private Context context(OrganizationId organization, String memberEmail) {
        var member = users.findByEmail(memberEmail).orElseThrow().id();
        long step = jdbc.queryForObject("select min(id) from onboarding_step where organization_id = ? and owner = 'PARTNER'",
                Long.class, organization.value());
        // An open deal of the organization, an approved one first (the demo has one for Northwind, one for Contoso).
        var deal = jdbc.queryForObject("select id from deal_registration where organization_id = ? and stage not in "
                + "('WON', 'LOST') and status <> 'REJECTED' order by case when status = 'APPROVED' then 0 else 1 end, id "
                + "fetch first 1 rows only", Long.class, organization.value());
        // Each demo organization in the matrix has a product access request (productaccess.DemoProductAccess).
        long request = jdbc.queryForObject("select min(id) from product_access_request where organization_id = ?",
                Long.class, organization.value());
        return new Context(new Services(directory, journeys, tiers, profiles, team, leads, funds, deals, coSelling,
                productAccess, sso, notifications, notify), organization, member, step, LeadAndFundFixtures.lead(jdbc, organization),
                LeadAndFundFixtures.fundRequest(jdbc, organization), new DealRegistrationId(deal), new ProductAccessId(request));
    }

    private List<Object> snapshot() {
        return List.of(
                jdbc.queryForList("select email, role, enabled from portal_user order by id"),
                jdbc.queryForList("select id, completed_at from onboarding_step order by id"),
                jdbc.queryForList("select id, tier_id, contact_name from partner_organization order by id"),
                Optional.ofNullable(jdbc.queryForObject("select count(*) from tier_change", Long.class)),
                jdbc.queryForList("select id, status, offered_to, deal_registration_id from sales_lead order by id"),
                jdbc.queryForList("select id, outcome from sales_lead_offer order by id"),
                jdbc.queryForList("select id, status from mdf_claim order by id"),
                jdbc.queryForList("select id, stage, notes, extension_reason, version from deal_registration order by id"),
                Optional.ofNullable(jdbc.queryForObject("select count(*) from deal_co_selling", Long.class)),
                jdbc.queryForList("select id, status, expires_on, rejection_reason from product_access_request order by id"),
                jdbc.queryForList("select organization_id, issuer from sso_connection order by id"));
    }
}
