package dev.partnerportal.mail;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.partnerportal.identity.Invitations;
import dev.partnerportal.identity.PasswordResets;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.Role;
import dev.partnerportal.survey.AudienceKind;
import dev.partnerportal.survey.NpsTemplate;
import dev.partnerportal.survey.SurveyCollection;
import dev.partnerportal.survey.SurveyDesigner;
import dev.partnerportal.survey.WaveDraft;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail through a real SMTP server (GreenMail): delivered after commit, never for a rolled-back change. */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${portal.test.smtp-port}",
        "portal.mail.from=portal@vendor.test"})
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    Mailer mailer;
    @Autowired
    MailDelivery delivery;
    @Autowired
    MailMessages messages;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    Invitations invitations;
    @Autowired
    PasswordResets passwordResets;
    @Autowired
    SurveyDesigner designer;
    @Autowired
    SurveyCollection collection;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    MutableClock clock;

    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_-]{4,}");

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void afterDeliveryNoStoredMailHoldsAUsableInvitationResetOrSurveyToken() throws Exception {
        clock.set(TestClockConfiguration.START);
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        SignIn.as(provider, "admin@vendor.test");
        invitations.invite("scrub-invitee@northwind.test", "Scrub Invitee", Role.PARTNER_USER, northwind);
        var survey = designer.createSurvey("Scrubbing survey", NpsTemplate.questions());
        var wave = designer.planWave(new WaveDraft(survey, "Scrubbing wave", clock.instant(),
                clock.instant().plus(Duration.ofDays(30)), false, AudienceKind.ALL, Set.of()));
        designer.invite(wave, "scrub-respondent@example.test", null);
        SignIn.out();
        passwordResets.request("bob@northwind.test");
        assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();

        List<Supplier<Boolean>> deliveredTokensWork = new ArrayList<>();
        for (MimeMessage received : smtp.getReceivedMessages()) {
            var matcher = Pattern.compile("/(invitation|reset-password|survey-link)/([A-Za-z0-9_-]{43})")
                    .matcher(GreenMailUtil.getBody(received).replace("=\r\n", ""));
            assertThat(matcher.find()).as("a link in the delivered mail").isTrue();
            var token = matcher.group(2);
            deliveredTokensWork.add(() -> redeemable(token));
            var row = storedText(GreenMailUtil.getAddressList(received.getAllRecipients()));
            assertThat(row).doesNotContain(token);
            assertThat(TOKEN_LIKE.matcher(row).results().map(m -> m.group()).filter(this::redeemable).toList())
                    .as("usable tokens left in the stored mail").isEmpty();
        }
        assertThat(deliveredTokensWork).hasSize(3).allSatisfy(works -> assertThat(works.get()).isTrue());
        assertThat(messages.findByRecipientOrderByIdAsc("scrub-invitee@northwind.test").getLast().getScrubbedAt()).isNotNull();
    }

    @Test
    void mailSentBeforeLinksWereScrubbedIsScrubbedByTheNextRun() {
        long id = transaction.execute(status -> mailer.queue("legacy@northwind.test", "Old invitation",
                "Open http://localhost:8080/invitation/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd now."));
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        jdbc.update("update mail_message set body = ?, scrubbed_at = null where id = ?",
                "Open http://localhost:8080/invitation/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd now.", id);

        delivery.scrubExpiredLinks();

        assertThat(jdbc.queryForObject("select body from mail_message where id = ?", String.class, id))
                .isEqualTo("Open http://localhost:8080/invitation/AbCd\u2022\u2022\u2022\u2022 now.");
    }

    /** Every text column of the recipient's stored mail, joined. */
    private String storedText(String recipient) {
        return String.join("\n", jdbc.queryForList(
                "select recipient || ' ' || subject || ' ' || body || ' ' || coalesce(last_error, '') from mail_message where recipient = ?",
                String.class, recipient));
    }

    /** True when any of the portal's one-time link checks accepts {@code candidate}. */
    private boolean redeemable(String candidate) {
        return invitations.describe(candidate).isPresent() || passwordResets.isUsable(candidate)
                || collection.formByLink(candidate).isPresent();
    }

    @Test
    void aQueuedMessageIsDeliveredAfterCommit() throws Exception {
        long id = transaction.execute(status -> mailer.queue("Alice@Northwind.test", "Your invitation", "Open https://x.test/i/abc"));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        var received = smtp.getReceivedMessages()[0];
        assertThat(GreenMailUtil.getAddressList(received.getAllRecipients())).isEqualTo("alice@northwind.test");
        assertThat(received.getSubject()).isEqualTo("Your invitation");
        assertThat(GreenMailUtil.getBody(received)).contains("https://x.test/i/abc");
        var stored = messages.findById(id).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(stored.getSentAt()).isNotNull();
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        long before = messages.count();

        transaction.executeWithoutResult(status -> {
            mailer.queue("bob@northwind.test", "Never", "This change is rolled back.");
            status.setRollbackOnly();
        });

        assertThat(smtp.waitForIncomingEmail(500, 1)).isFalse();
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void refusesAHeaderInjectionInTheSubjectAndABadAddress() {
        long before = messages.count();

        assertThatThrownBy(() -> mailer.queue("bob@northwind.test", "Hi\r\nBcc: all@x.test", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mailer.queue("not an address", "Hi", "x")).is(refusal("shared.email-invalid"));
        assertThat(messages.count()).isEqualTo(before);
    }
}
