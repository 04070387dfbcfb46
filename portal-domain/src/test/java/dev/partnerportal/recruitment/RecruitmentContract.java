package dev.partnerportal.recruitment;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.Invitations;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.shared.Role;
import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** From application to an active partner administrator, on H2 and PostgreSQL. */
abstract class RecruitmentContract {

    private static final Pattern INVITATION_LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

    @Autowired
    ApplicationContext context;
    @Autowired
    Recruitment recruitment;
    @Autowired
    Invitations invitations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    UserAccounts users;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    MailFixtures mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void reset() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from throttle_entry where kind = 'PARTNER_APPLICATION'");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static ApplicationForm form(String company, String email) {
        return new ApplicationForm(company, "https://" + company.toLowerCase().replace(' ', '-') + ".test",
                PartnerType.RESELLER, "EMEA", "Dana Applicant", email, 5, 4, 4, 5, "We sell to retailers.");
    }

    @Test
    void anApprovedApplicationBecomesAnOrganizationWithAnInvitedAdministratorWhoCanThenSignIn() {
        var company = "Fabrikam " + UUID.randomUUID().toString().substring(0, 6);
        var email = "dana-" + UUID.randomUUID().toString().substring(0, 6) + "@fabrikam.test";
        var id = recruitment.apply(form(company, email), "", "198.51.100.1").orElseThrow();

        SignIn.as(provider, "manager@vendor.test");
        assertThat(recruitment.open(PageRequest.of(0, 50)).getContent())
                .anySatisfy(a -> assertThat(a.id()).isEqualTo(id));
        assertThat(recruitment.find(id).orElseThrow().score()).isEqualTo(88);
        var organization = recruitment.approve(id);
        SignIn.out();
        EventReactions.awaitSettled(context); // the journey starts after the approval commits

        assertThat(organization.tierCode()).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForObject("select count(*) from onboarding_step where organization_id = ?", Long.class,
                organization.id())).as("the reseller journey starts on approval").isEqualTo(5);
        assertThat(organizations.partnerManager(organization.organizationId())).isPresent();
        var invited = users.findByEmail(email).orElseThrow();
        assertThat(invited.role()).isEqualTo(Role.PARTNER_ADMIN);
        assertThat(invited.enabled()).isFalse();

        var token = linkIn(lastMailTo(email));
        assertThat(invitations.describe(token)).hasValueSatisfying(d -> assertThat(d.organizationName()).isEqualTo(company));
        invitations.accept(token, "a good long password");

        var signedIn = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "a good long password"));
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThatThrownBy(() -> invitations.accept(token, "another long password"))
                .isInstanceOf(dev.partnerportal.identity.AccountLinkException.class);
    }

    @Test
    void anInvitationLinkExpiresAfterSevenDays() {
        var email = "late-" + UUID.randomUUID().toString().substring(0, 6) + "@fabrikam.test";
        var id = recruitment.apply(form("Late " + UUID.randomUUID().toString().substring(0, 6), email), "", "198.51.100.2").orElseThrow();
        SignIn.as(provider, "admin@vendor.test");
        recruitment.approve(id);
        SignIn.out();
        var token = linkIn(lastMailTo(email));

        clock.advance(Duration.ofDays(7).plusMinutes(1));

        assertThat(invitations.describe(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "a good long password"))
                .isInstanceOf(dev.partnerportal.identity.AccountLinkException.class);
        assertThat(users.findByEmail(email).orElseThrow().enabled()).isFalse();
    }

    @Test
    void aRejectionNeedsAReasonAndIsMailedToTheApplicant() {
        var email = "no-" + UUID.randomUUID().toString().substring(0, 6) + "@fabrikam.test";
        var id = recruitment.apply(form("Nope " + UUID.randomUUID().toString().substring(0, 6), email), "", "198.51.100.3").orElseThrow();
        SignIn.as(provider, "manager@vendor.test");

        assertThatThrownBy(() -> recruitment.reject(id, "  ")).is(refusal("recruitment.reason-required"));
        recruitment.reject(id, "We have enough resellers in your region.");

        assertThat(recruitment.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(lastMailTo(email)).contains("We have enough resellers in your region.");
        assertThatThrownBy(() -> recruitment.approve(id)).is(refusal("recruitment.already-decided"));
    }

    @Test
    void invalidInputIsRefusedAndStoresNothing() {
        long before = count();
        var bad = new ApplicationForm("", "javascript:alert(1)", PartnerType.AGENCY, "EMEA", "X", "not-an-email", 0, 3, 3, 9, null);

        assertThatThrownBy(() -> recruitment.apply(bad, "", "198.51.100.4")).isInstanceOf(ConstraintViolationException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theHoneypotDiscardsBotsSilentlyAndTheRateLimitStopsFloods() {
        long before = count();
        assertThat(recruitment.apply(form("Bot Co", "bot@bot.test"), "http://spam.test", "203.0.113.9")).isEmpty();
        assertThat(count()).isEqualTo(before);

        for (int i = 0; i < 3; i++) {
            recruitment.apply(form("Flood " + i + UUID.randomUUID().toString().substring(0, 4), "f" + i + "@flood.test"), "", "203.0.113.10");
        }
        assertThatThrownBy(() -> recruitment.apply(form("Flood 4", "f4@flood.test"), "", "203.0.113.10"))
                .isInstanceOf(TooManyApplicationsException.class).is(refusal("recruitment.too-many-applications"));
        assertThat(count()).isEqualTo(before + 3);

        clock.advance(Duration.ofMinutes(61));
        assertThat(recruitment.apply(form("Flood later " + UUID.randomUUID().toString().substring(0, 4), "f5@flood.test"), "", "203.0.113.10")).isPresent();
    }

    @Test
    void onlyChannelManagersAndAdministratorsReviewApplications() {
        var id = recruitment.apply(form("Review " + UUID.randomUUID().toString().substring(0, 6), "r@review.test"), "", "198.51.100.5").orElseThrow();
        for (var partner : new String[] {"alice@northwind.test", "editor@vendor.test"}) {
            SignIn.as(provider, partner);
            assertThatThrownBy(() -> recruitment.open(PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> recruitment.approve(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> recruitment.reject(id, "no")).isInstanceOf(AccessDeniedException.class);
        }
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from partner_application", Long.class);
    }

    private String lastMailTo(String email) {
        return mail.to(email).getLast().body();
    }

    static String linkIn(String body) {
        var matcher = INVITATION_LINK.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }
}
