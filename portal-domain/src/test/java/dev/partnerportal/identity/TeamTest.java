package dev.partnerportal.identity;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.shared.Role;
import dev.partnerportal.testsupport.SignIn;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A partner administrator manages their own people, and nobody else's. */
@SpringBootTest
class TeamTest {

    @Autowired
    Team team;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    PortalUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void listsOnlyTheCallersOwnOrganization() {
        SignIn.as(provider, "alice@northwind.test");

        assertThat(team.members()).extracting(TeamMember::email)
                .contains("alice@northwind.test", "bob@northwind.test")
                .doesNotContain("carol@contoso.test");
    }

    @Test
    void invitesAColleagueIntoTheOwnOrganizationOnly() {
        SignIn.as(provider, "alice@northwind.test");
        var email = "new-" + UUID.randomUUID().toString().substring(0, 6) + "@northwind.test";

        team.invite(email, "New Colleague", Role.PARTNER_USER);

        var invited = users.findByEmail(email).orElseThrow();
        assertThat(invited.getOrganization()).isEqualTo(users.findByEmail("alice@northwind.test").orElseThrow().getOrganization());
        assertThat(team.members()).anySatisfy(m -> {
            assertThat(m.email()).isEqualTo(email);
            assertThat(m.status()).isEqualTo(TeamMember.Status.INVITED);
        });
        assertThatThrownBy(() -> team.invite("x@northwind.test", "X", Role.ADMIN)).is(refusal("identity.partner-role-required"));
        assertThatThrownBy(() -> team.invite(email, "Twice", Role.PARTNER_USER)).isInstanceOf(DuplicateAccountException.class);
    }

    @Test
    void anInvitationAnswersTheSameWhetherOrNotTheAddressHasAnAccountElsewhere() {
        SignIn.as(provider, "alice@northwind.test");
        var usersBefore = users.count();
        var noticesToCarol = mailsTo("carol@contoso.test");
        var noticesToAdmin = mailsTo("admin@vendor.test");
        var fresh = "fresh-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";

        // Another organization's administrator, a staff member and a new address: all three return normally.
        team.invite("Carol@Contoso.test", "Carol", Role.PARTNER_USER);
        team.invite("admin@vendor.test", "Ada", Role.PARTNER_USER);
        team.invite(fresh, "Fresh", Role.PARTNER_USER);

        assertThat(users.count()).isEqualTo(usersBefore + 1);
        var carol = users.findByEmail("carol@contoso.test").orElseThrow();
        assertThat(carol.getRole()).isEqualTo(Role.PARTNER_ADMIN);
        assertThat(carol.getOrganization()).isNotEqualTo(users.findByEmail("alice@northwind.test").orElseThrow().getOrganization());
        // The owners of the existing addresses hear about it; the partner administrator learns nothing.
        assertThat(mailsTo("carol@contoso.test")).isEqualTo(noticesToCarol + 1);
        assertThat(mailsTo("admin@vendor.test")).isEqualTo(noticesToAdmin + 1);
        assertThat(jdbc.queryForObject("select subject from mail_message where recipient = 'carol@contoso.test' order by id desc limit 1",
                String.class)).isEqualTo("An invitation to the Northwind Traders team on the Partner Portal");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'INVITATION_TO_EXISTING_ACCOUNT' "
                + "and detail = 'carol@contoso.test' and actor = 'alice@northwind.test'", Long.class)).isEqualTo(1);
        // Someone already in the caller's own team is the one case that is refused: alice sees her team anyway.
        assertThatThrownBy(() -> team.invite("bob@northwind.test", "Bob", Role.PARTNER_USER))
                .isInstanceOf(DuplicateAccountException.class);
    }

    private long mailsTo(String recipient) {
        return jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, recipient);
    }

    @Test
    void aNorthwindAdministratorCannotChangeOrDeactivateContosoPeople() {
        var carol = users.findByEmail("carol@contoso.test").orElseThrow();
        SignIn.as(provider, "alice@northwind.test");

        assertThat(team.changeRole(carol.id(), Role.PARTNER_USER)).isFalse();
        assertThat(team.deactivate(carol.id())).isFalse();

        var unchanged = users.findByEmail("carol@contoso.test").orElseThrow();
        assertThat(unchanged.getRole()).isEqualTo(Role.PARTNER_ADMIN);
        assertThat(unchanged.isEnabled()).isTrue();
    }

    @Test
    void changesRolesAndDeactivatesWithinTheOwnOrganization() {
        SignIn.as(provider, "alice@northwind.test");
        var email = "temp-" + UUID.randomUUID().toString().substring(0, 6) + "@northwind.test";
        team.invite(email, "Temp", Role.PARTNER_USER);
        var id = users.findByEmail(email).orElseThrow().id();
        jdbc.update("update portal_user set password_hash = 'x', enabled = true where id = ?", id.value());

        assertThat(team.changeRole(id, Role.PARTNER_ADMIN)).isTrue();
        assertThat(team.deactivate(id)).isTrue();

        var member = users.findById(id.value()).orElseThrow();
        assertThat(member.getRole()).isEqualTo(Role.PARTNER_ADMIN);
        assertThat(member.isEnabled()).isFalse();
    }

    @Test
    void nobodyDemotesOrDeactivatesThemselves() {
        SignIn.as(provider, "alice@northwind.test");
        var alice = users.findByEmail("alice@northwind.test").orElseThrow().id();

        assertThatThrownBy(() -> team.deactivate(alice)).is(refusal("identity.own-deactivation"));
        assertThatThrownBy(() -> team.changeRole(alice, Role.PARTNER_USER)).is(refusal("identity.own-role"));
    }

    @Test
    void partnerUsersAndStaffHaveNoTeamToManage() {
        SignIn.as(provider, "bob@northwind.test");
        assertThatThrownBy(() -> team.members()).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "manager@vendor.test");
        assertThatThrownBy(() -> team.members()).isInstanceOf(AccessDeniedException.class);
    }
}
