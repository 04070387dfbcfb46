package dev.partnerportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.identity.Invitations;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.Role;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without an SMTP server, mail stays in the outbox, which only administrators read: one-time links masked,
 * revealed at most once (audited), and scrubbed from the database after the retention period.
 */
@SpringBootTest
class OutboxTest {

    private static final Pattern INVITATION_TOKEN = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");

    @Autowired
    Mailer mailer;
    @Autowired
    Outbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    MailMessages messages;
    @Autowired
    Invitations invitations;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    AuditFixtures audit;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void withoutSmtpTheMessageWaitsInTheOutboxForAdministrators() {
        transaction.executeWithoutResult(status -> mailer.queue("carol@contoso.test", "Reset your password", "Link"));

        SignIn.as(provider, "admin@vendor.test");
        var newest = outbox.list(PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(newest.recipient()).isEqualTo("carol@contoso.test");
        assertThat(newest.status()).isEqualTo(MailStatus.OUTBOX);
        assertThat(newest.revealable()).isFalse();
    }

    @Test
    void partnersAndOtherStaffCannotReadTheOutboxOrRevealLinks() {
        SignIn.as(provider, "alice@northwind.test");
        assertThatThrownBy(() -> outbox.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.revealLinks(1)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "manager@vendor.test");
        assertThatThrownBy(() -> outbox.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.revealLinks(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOutboxShowsAHeldInvitationLinkMasked() {
        var token = invite("masked-invitee@northwind.test");

        var shown = outbox.list(PageRequest.of(0, 10)).getContent().getFirst();

        assertThat(shown.recipient()).isEqualTo("masked-invitee@northwind.test");
        assertThat(shown.maskedBody()).doesNotContain(token)
                .contains("/invitation/" + token.substring(0, 4) + "\u2022\u2022\u2022\u2022");
        assertThat(shown.revealable()).isTrue();
    }

    @Test
    void anAdministratorRevealsAHeldLinkExactlyOnceAndTheRevealIsAudited() {
        var token = invite("revealed-invitee@northwind.test");
        var id = messages.findByRecipientOrderByIdAsc("revealed-invitee@northwind.test").getLast().getId();
        long reveals = audit.recorded(AuditAction.OUTBOX_LINK_REVEALED).size();

        assertThat(outbox.revealLinks(id)).hasValueSatisfying(body -> assertThat(body).contains("/invitation/" + token));
        assertThat(outbox.revealLinks(id)).isEmpty();

        assertThat(invitations.describe(token)).as("the revealed link still works for the invitee").isPresent();
        var stored = jdbc.queryForObject("select body from mail_message where id = ?", String.class, id);
        assertThat(stored).doesNotContain(token).contains("/invitation/" + token.substring(0, 4) + "\u2022\u2022\u2022\u2022");
        var entries = audit.recorded(AuditAction.OUTBOX_LINK_REVEALED);
        assertThat(entries).hasSize((int) reveals + 1);
        assertThat(entries.getLast().actor()).isEqualTo("admin@vendor.test");
        assertThat(outbox.list(PageRequest.of(0, 50)).getContent()).filteredOn(m -> m.id() == id)
                .singleElement().satisfies(m -> assertThat(m.revealable()).isFalse());
    }

    @Test
    void heldLinksAreScrubbedOnceTheirRetentionHasPassed() {
        clock.set(TestClockConfiguration.START);
        var token = invite("expiring-invitee@northwind.test");
        var id = messages.findByRecipientOrderByIdAsc("expiring-invitee@northwind.test").getLast().getId();

        clock.advance(Duration.ofDays(6));
        delivery.scrubExpiredLinks();
        assertThat(messages.findById(id).orElseThrow().getBody()).contains(token);

        clock.advance(Duration.ofDays(2));
        delivery.scrubExpiredLinks();
        assertThat(messages.findById(id).orElseThrow().getBody()).doesNotContain(token);
        assertThat(messages.findById(id).orElseThrow().getScrubbedAt()).isNotNull();
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void viewingTheFirstPageOfTheOutboxIsAuditedOncePerView() {
        SignIn.as(provider, "admin@vendor.test");
        long before = audit.recorded(AuditAction.OUTBOX_VIEWED).size();

        outbox.list(PageRequest.of(0, 10));
        outbox.list(PageRequest.of(1, 10));

        var entries = audit.recorded(AuditAction.OUTBOX_VIEWED);
        assertThat(entries).hasSize((int) before + 1);
        assertThat(entries.getLast().actor()).isEqualTo("admin@vendor.test");
    }

    /** Invites a person as the administrator (who stays signed in) and returns the raw token of the held mail. */
    private String invite(String email) {
        SignIn.as(provider, "admin@vendor.test");
        invitations.invite(email, "Invitee", Role.PARTNER_USER, organizations.findByName("Northwind Traders").orElseThrow().organizationId());
        var matcher = INVITATION_TOKEN.matcher(messages.findByRecipientOrderByIdAsc(email).getLast().getBody());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
