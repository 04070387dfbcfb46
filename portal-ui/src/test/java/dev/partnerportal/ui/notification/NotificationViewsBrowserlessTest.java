package dev.partnerportal.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.notification.NotificationChannel;
import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.home.PartnerHomeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bell counts unread notifications and its centre marks them read; the preferences page saves a channel. */
@PortalWebTest
class NotificationViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notify notify;
    @Autowired
    UserAccounts users;

    @BeforeEach
    @AfterEach
    void clean() {
        jdbc.update("delete from partner_application where company_name = 'Notification Link Traders'");
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
    }

    @Test
    void newsForTheProductsAnOrganizationSellsStaysOnTheHomeForTheWholeSession() {
        var bob = users.findByEmail("bob@northwind.test").orElseThrow().id();
        jdbc.update("delete from notification_home_visit where user_id = ?", bob.value());
        jdbc.update("update partner_organization set products = 'Field Service', version = version + 1 where name = 'Northwind Traders'");
        try {
            signInAs("bob@northwind.test");
            navigate(PartnerHomeView.class);
            assertThat(newsOnTheHome()).contains("New for you: Manufacturing outlook 2027");

            // Coming back to the home (or reloading it) in the same session keeps what was new at sign-in.
            navigate(dev.partnerportal.ui.content.LibraryView.class);
            navigate(PartnerHomeView.class);
            assertThat(newsOnTheHome()).contains("New for you: Manufacturing outlook 2027");
            assertThat(jdbc.queryForObject("select count(*) from notification_home_visit where user_id = ?", Long.class,
                    bob.value())).isEqualTo(1);
        } finally {
            jdbc.update("update partner_organization set products = null, version = version + 1 where name = 'Northwind Traders'");
            jdbc.update("delete from notification_home_visit where user_id = ?", bob.value());
        }
    }

    private java.util.List<String> newsOnTheHome() {
        return dev.partnerportal.support.Rendered.texts(find(com.vaadin.flow.component.Html.class).all(),
                "li.portal-next-step[data-kind=new-content]");
    }

    @Test
    void aLinkWithAQueryOpensItsView() {
        var manager = users.findByEmail("manager@vendor.test").orElseThrow().id();
        jdbc.update("""
                insert into partner_application (company_name, partner_type, region, contact_name, contact_email,
                ready_score, willing_score, able_score, values_score, score, status, submitted_at)
                values ('Notification Link Traders', 'RESELLER', 'EMEA', 'Nora Link', 'nora@link.test', 4, 4, 4, 4, 75,
                'SUBMITTED', current_timestamp)""");
        long application = jdbc.queryForObject("select id from partner_application where company_name = ?", Long.class,
                "Notification Link Traders");
        notify.person(manager, NotificationKind.NEW_APPLICATION, "Notification Link Traders",
                "/applications?application=" + application);
        signInAs("manager@vendor.test");
        navigate(dev.partnerportal.ui.escalation.EscalationQueueView.class);

        test(find(Button.class).withId("notification-bell").single()).click();
        test(find(Button.class).withClassName("portal-notification-subject").single()).click();

        assertThat(getCurrentView()).isInstanceOf(dev.partnerportal.ui.recruitment.ApplicationsView.class);
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).withId("review-dialog").exists())
                .as("the application the notification is about is open for review").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notification where read_at is null", Long.class)).isZero();
    }

    @Test
    void theBellCountsUnreadAndTheCentreMarksThemRead() {
        var bob = users.findByEmail("bob@northwind.test").orElseThrow().id();
        notify.person(bob, NotificationKind.ESCALATION_UPDATE, "Checkout fails", "/escalations");
        notify.person(bob, NotificationKind.DEAL_OR_LEAD_UPDATE, "Contoso renewal", "/deals");
        signInAs("bob@northwind.test");
        navigate(PartnerHomeView.class);

        assertThat(find(Span.class).withId("notification-unread").single().getText()).isEqualTo("2");
        test(find(Button.class).withId("notification-bell").single()).click();
        var rows = find(Div.class).withClassName("portal-notification").all();
        assertThat(rows).hasSize(2);
        assertThat(find(Button.class).withClassName("portal-notification-subject").all())
                .extracting(Button::getText).containsExactly("Contoso renewal", "Checkout fails");

        test(find(Button.class).withClassName("portal-notification-mark-read").all().getFirst()).click();
        assertThat(jdbc.queryForObject("select count(*) from notification where read_at is null", Long.class)).isEqualTo(1);
        test(find(Button.class).withId("notification-mark-all").single()).click();
        assertThat(jdbc.queryForObject("select count(*) from notification where read_at is null", Long.class)).isZero();
        test(find(Button.class).withId("notification-close").single()).click();
        // The badge hides at zero; the bell still says how many are unread.
        assertThat(find(Span.class).withId("notification-unread").exists()).isFalse();
        assertThat(find(NotificationBell.class).single().getAriaLabel()).contains("Notifications, 0 unread");
    }

    @Test
    void thePreferencesPageSavesAChannelAndOffersStaffKindsToStaffOnly() {
        signInAs("carol@contoso.test");
        navigate(NotificationPreferencesView.class);
        assertThat(find(Select.class).withId("notification-channel-APPROVAL_WAITING").exists()).isFalse();
        @SuppressWarnings("unchecked")
        Select<NotificationChannel> newContent = find(Select.class).withId("notification-channel-NEW_CONTENT").single();
        assertThat(newContent.getValue()).isEqualTo(NotificationChannel.WEEKLY_DIGEST);
        test(newContent).selectItem("Off");
        test(find(Button.class).withId("notification-preferences-save").single()).click();
        assertThat(jdbc.queryForObject("select channel from notification_preference where kind = 'NEW_CONTENT'",
                String.class)).isEqualTo("OFF");

        signInAs("manager@vendor.test");
        navigate(NotificationPreferencesView.class);
        assertThat(find(Select.class).withId("notification-channel-APPROVAL_WAITING").exists()).isTrue();
    }

    @Test
    void anUnsubscribePageWithAForgedLinkSaysSoAndChangesNothing() {
        navigate("unsubscribe/1.NEW_CONTENT." + "A".repeat(43), UnsubscribeView.class);
        assertThat(find(Paragraph.class).withId("unsubscribe-invalid").exists()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notification_preference", Long.class)).isZero();
    }
}
