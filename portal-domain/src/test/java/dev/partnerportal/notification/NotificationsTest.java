package dev.partnerportal.notification;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Preferences decide the channel, "off" means nothing at all, and a person's notifications are theirs alone. */
@SpringBootTest
class NotificationsTest {

    @Autowired
    Notify notify;
    @Autowired
    Notifications notifications;
    @Autowired
    Unsubscribes unsubscribes;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    UserAccounts users;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    MailFixtures mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    UserId bob;

    @BeforeEach
    void clean() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
        jdbc.update("delete from notification_home_visit");
        bob = users.findByEmail("bob@northwind.test").orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
    }

    @Test
    void theChosenChannelDecidesBetweenMailAtOnceADigestTheCentreOnlyAndNothing() {
        SignIn.as(provider, "bob@northwind.test");
        notifications.choose(Map.of(NotificationKind.NEW_CONTENT, NotificationChannel.MAIL_NOW));
        var mailsBefore = mail.to("bob@northwind.test").size();

        assertThat(notify.person(bob, NotificationKind.NEW_CONTENT, "Retail playbook", "/library/retail-playbook")).isTrue();
        var mails = mail.to("bob@northwind.test");
        assertThat(mails).hasSize(mailsBefore + 1);
        assertThat(mails.getLast().subject()).isEqualTo("New for your industries and products: Retail playbook");
        assertThat(mails.getLast().body()).contains("http://localhost:8080/library/retail-playbook")
                .contains("http://localhost:8080/unsubscribe/" + bob.value() + ".NEW_CONTENT.");
        assertThat(notifications.unreadCount()).isEqualTo(1);

        // The same thing reported again (a listener that runs twice) changes nothing.
        assertThat(notify.person(bob, NotificationKind.NEW_CONTENT, "Retail playbook", "/library/retail-playbook")).isFalse();

        notifications.choose(Map.of(NotificationKind.NEW_CONTENT, NotificationChannel.DAILY_DIGEST));
        assertThat(notify.person(bob, NotificationKind.NEW_CONTENT, "Banking brief", "/library/banking-brief")).isTrue();
        assertThat(jdbc.queryForObject("select digest from notification where link = '/library/banking-brief'", String.class))
                .isEqualTo("DAILY_DIGEST");

        notifications.choose(Map.of(NotificationKind.NEW_CONTENT, NotificationChannel.OFF));
        assertThat(notify.person(bob, NotificationKind.NEW_CONTENT, "Logistics brief", "/library/logistics")).isFalse();

        assertThat(notifications.mine(10)).extracting(NotificationEntry::subject)
                .containsExactly("Banking brief", "Retail playbook");
        assertThat(mail.to("bob@northwind.test")).hasSize(mailsBefore + 1);
    }

    @Test
    void withoutAChoiceEachKindUsesItsDefaultAndPartnersNeverGetStaffKinds() {
        SignIn.as(provider, "bob@northwind.test");
        assertThat(notifications.preferences()).extracting(KindPreference::kind).doesNotContain(
                NotificationKind.APPROVAL_WAITING, NotificationKind.NEW_APPLICATION, NotificationKind.ESCALATION_TARGET_BREACHED);
        assertThat(notifications.preferences()).filteredOn(p -> p.kind() == NotificationKind.NEW_CONTENT)
                .singleElement().isEqualTo(new KindPreference(NotificationKind.NEW_CONTENT, NotificationChannel.WEEKLY_DIGEST, false));

        assertThat(notify.person(bob, NotificationKind.NEW_APPLICATION, "Fabrikam", "/recruitment")).isFalse();
        assertThat(notify.staff(Set.of(Role.ADMIN, Role.CHANNEL_MANAGER), null, NotificationKind.NEW_APPLICATION, "Fabrikam",
                "/recruitment")).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from notification where organization_id is not null", Long.class))
                .isZero();

        assertThatThrownBy(() -> notifications.choose(Map.of(NotificationKind.NEW_CONTENT, NotificationChannel.OFF,
                NotificationKind.APPROVAL_WAITING, NotificationChannel.OFF)))
                .is(refusal("notification.kind-not-offered"));
        assertThat(jdbc.queryForObject("select count(*) from notification_preference", Long.class)).isZero();
    }

    @Test
    void aPersonReadsAndMarksOnlyTheirOwnNotificationsInTheirOrganizationAndOutsideIt() {
        notify.organization(organizations.findByName("Northwind Traders").orElseThrow().organizationId(),
                NotificationKind.ESCALATION_UPDATE, "Checkout fails", "/escalations");
        var bobs = jdbc.queryForObject("select id from notification where recipient_id = ?", Long.class, bob.value());

        for (var other : new String[] {"alice@northwind.test", "carol@contoso.test", "admin@vendor.test"}) {
            SignIn.as(provider, other);
            assertThatThrownBy(() -> notifications.markRead(new NotificationId(bobs))).is(refusal("notification.not-found"));
            assertThat(notifications.mine(100)).extracting(NotificationEntry::id).doesNotContain(new NotificationId(bobs));
            notifications.markAllRead();
        }
        assertThat(jdbc.queryForObject("select read_at from notification where id = ?", java.sql.Timestamp.class, bobs)).isNull();
        SignIn.as(provider, "carol@contoso.test");
        assertThat(notifications.mine(100)).isEmpty();

        SignIn.as(provider, "bob@northwind.test");
        clock.advance(Duration.ofMinutes(5));
        assertThat(notifications.markRead(new NotificationId(bobs)).unread()).isFalse();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void aSignedUnsubscribeLinkStopsTheMailOfItsKindAndATamperedOneChangesNothing() {
        SignIn.as(provider, "bob@northwind.test");
        notifications.choose(Map.of(NotificationKind.CERTIFICATION_EXPIRING, NotificationChannel.MAIL_NOW));
        SignIn.out();
        var token = links.token(bob, NotificationKind.CERTIFICATION_EXPIRING.name());

        var forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThatThrownBy(() -> unsubscribes.unsubscribe(forged)).is(refusal("notification.unsubscribe-link-invalid"));
        var otherPerson = links.token(new UserId(bob.value() + 1), "CERTIFICATION_EXPIRING");
        assertThatThrownBy(() -> unsubscribes.unsubscribe(otherPerson.replace(String.valueOf(bob.value() + 1) + ".",
                bob.value() + "."))).is(refusal("notification.unsubscribe-link-invalid"));

        assertThat(unsubscribes.unsubscribe(token).kind()).isEqualTo(NotificationKind.CERTIFICATION_EXPIRING);
        assertThat(notify.channelOf(bob, NotificationKind.CERTIFICATION_EXPIRING)).isEqualTo(NotificationChannel.IN_APP);
        assertThat(unsubscribes.unsubscribe(token).kind()).isEqualTo(NotificationKind.CERTIFICATION_EXPIRING);
    }

    @Test
    void theHomeRemembersTheVisitBeforeThisOne() {
        SignIn.as(provider, "bob@northwind.test");
        assertThat(notifications.visitHome()).isEmpty();
        var first = clock.instant();
        clock.advance(Duration.ofHours(3));
        assertThat(notifications.visitHome()).contains(first);
        assertThat(notifications.visitHome()).contains(first.plus(Duration.ofHours(3)));
    }
}
