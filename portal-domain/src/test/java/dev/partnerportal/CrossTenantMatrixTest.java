package dev.partnerportal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.Team;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.partner.OrganizationProfiles;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.sso.SsoProviderChange;
import dev.partnerportal.sso.SsoSettings;
import dev.partnerportal.tier.Tiers;
import java.util.List;
import java.util.Optional;
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

    record Context(Services services, OrganizationId organization, UserId member, long partnerStep) {
    }

    record Services(PartnerDirectory directory, OnboardingJourneys journeys, Tiers tiers, OrganizationProfiles profiles,
                    Team team, SsoSettings sso) {
    }

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
                new Call("SsoSettings.save", c -> refusedAsNotFound(() -> c.services().sso().save(c.organization(),
                        new SsoProviderChange("https://idp.matrix.test", "portal", "secret",
                                List.of("matrix-" + c.organization().value() + ".test"), null, false)))),
                new Call("SsoSettings.settings", c -> refusedAsNotFound(() -> c.services().sso().settings(c.organization()))));
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
    SsoSettings sso;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    UserAccounts users;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsNorthwindsAdministrator() {
        SignIn.as(provider, "alice@northwind.test");
    }

    @AfterEach
    void restore() {
        SignIn.out();
        jdbc.update("update portal_user set enabled = true, role = 'PARTNER_USER' where email = 'bob@northwind.test'");
        jdbc.update("update portal_user set enabled = true, role = 'PARTNER_ADMIN' where email = 'carol@contoso.test'");
        jdbc.update("update onboarding_step set completed_at = null, completed_by = null");
        jdbc.update("delete from sso_email_domain");
        jdbc.update("delete from sso_connection");
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
        return new Context(new Services(directory, journeys, tiers, profiles, team, sso), organization, member, step);
    }

    private List<Object> snapshot() {
        return List.of(
                jdbc.queryForList("select email, role, enabled from portal_user order by id"),
                jdbc.queryForList("select id, completed_at from onboarding_step order by id"),
                jdbc.queryForList("select id, tier_id, contact_name from partner_organization order by id"),
                Optional.ofNullable(jdbc.queryForObject("select count(*) from tier_change", Long.class)),
                jdbc.queryForList("select organization_id, issuer from sso_connection order by id"));
    }
}
