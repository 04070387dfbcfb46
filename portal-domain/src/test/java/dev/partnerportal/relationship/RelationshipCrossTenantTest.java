package dev.partnerportal.relationship;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.testsupport.SignIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every partner-owned relationship call, made by one demo organization's administrator on the other's data and
 * the other way round: it finds nothing and changes nothing; on their own organization's data it works.
 */
@SpringBootTest
class RelationshipCrossTenantTest {

    @Autowired
    RelationshipTeam team;
    @Autowired
    Conversations conversations;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @CsvSource({"alice@northwind.test, Northwind Traders, Contoso Ltd", "carol@contoso.test, Contoso Ltd, Northwind Traders"})
    void anotherOrganizationsRelationshipDoesNotExist(String admin, String own, String other) {
        var mine = organization(own);
        var theirs = organization(other);
        SignIn.as(provider, "manager@vendor.test");
        var theirContact = team.addPartnerContact(theirs, new PartnerContactForm(Department.FINANCE, "Kept " + other, null, null, null, null));
        var theirStep = conversations.log(theirs, new TouchpointForm(TouchpointKind.CALL, LocalDate.of(2026, 10, 1), Set.of(), null,
                "Kept", Set.of(), Set.of(), List.of(new NextStepForm("Kept", "Mona", Side.VENDOR, LocalDate.of(2026, 10, 2)))))
                .nextSteps().getFirst().id();
        long contacts = count("partner_contact");
        long touchpoints = count("touchpoint");

        SignIn.as(provider, admin);
        assertThat(team.team(theirs)).isEmpty();
        assertThat(conversations.touchpoints(theirs)).isEmpty();
        assertThat(conversations.cadence(theirs)).isEmpty();
        assertThat(conversations.summary(theirs)).isEmpty();
        assertThat(team.linkableAccounts(theirs)).isEmpty();
        assertThatThrownBy(() -> team.addPartnerContact(theirs, new PartnerContactForm(Department.SALES, "Spy", null, null, null, null)))
                .is(refusal("relationship.organization-not-found"));
        assertThatThrownBy(() -> conversations.log(theirs, new TouchpointForm(TouchpointKind.CALL, LocalDate.of(2026, 10, 1), Set.of(),
                null, "Spy", Set.of(), Set.of(), List.of()))).is(refusal("relationship.organization-not-found"));
        assertThat(team.changePartnerContact(theirContact.id(), new PartnerContactForm(Department.SALES, "Spy", null, null, null, null))).isFalse();
        assertThat(team.removePartnerContact(theirContact.id())).isFalse();
        assertThat(conversations.completeNextStep(theirStep)).isFalse();
        // Their contact cannot be named as an attendee of one's own touchpoint either.
        assertThatThrownBy(() -> conversations.log(mine, new TouchpointForm(TouchpointKind.CALL, LocalDate.of(2026, 10, 1), Set.of(),
                null, "Spy", Set.of(), Set.of(theirContact.id()), List.of()))).is(refusal("relationship.unknown-attendee"));
        assertThat(count("partner_contact")).isEqualTo(contacts);
        assertThat(count("touchpoint")).isEqualTo(touchpoints);
        assertThat(jdbc.queryForObject("select name from partner_contact where id = ?", String.class, theirContact.id())).isEqualTo("Kept " + other);
        assertThat(jdbc.queryForObject("select done from touchpoint_next_step where id = ?", Boolean.class, theirStep)).isFalse();

        // Their own organization works.
        assertThat(team.team(mine)).isPresent();
        var ownContact = team.addPartnerContact(mine, new PartnerContactForm(Department.SALES, "Own " + own, null, null, null, null));
        assertThat(team.removePartnerContact(ownContact.id())).isTrue();
    }

    private OrganizationId organization(String name) {
        return organizations.findByName(name).orElseThrow().organizationId();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
