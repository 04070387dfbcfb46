package dev.partnerportal.ui.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import dev.partnerportal.identity.Invitations;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.mail.Outbox;
import dev.partnerportal.mail.OutboxMail;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.Role;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The outbox shows one-time links masked and reveals a held one once. */
@PortalWebTest
class OutboxViewBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    Invitations invitations;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    MailFixtures mail;
    @Autowired
    Outbox outbox;

    @Test
    @SuppressWarnings("unchecked")
    void theOutboxGridShowsTheInvitationLinkMaskedAndRevealsItOnce() {
        signInAs("admin@vendor.test");
        var email = "outbox-view-" + UUID.randomUUID() + "@northwind.test";
        invitations.invite(email, "Outbox Viewer", Role.PARTNER_USER, organizations.findByName("Northwind Traders").orElseThrow().organizationId());
        var matcher = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})").matcher(mail.to(email).getLast().body());
        assertThat(matcher.find()).isTrue();
        var token = matcher.group(1);

        navigate(OutboxView.class);
        Grid<OutboxMail> grid = find(Grid.class).withId("outbox-grid").single();
        var newest = test(grid).getRow(0);
        assertThat(newest.recipient()).isEqualTo(email);
        grid.setDetailsVisible(newest, true);

        var body = find(Pre.class).withId("mail-body-" + newest.id()).single();
        assertThat(body.getText()).doesNotContain(token).contains("/invitation/" + token.substring(0, 4) + "\u2022\u2022\u2022\u2022");

        test(find(Button.class).withId("reveal-" + newest.id()).single()).click();
        assertThat(find(Pre.class).withId("mail-body-" + newest.id()).single().getText()).contains("/invitation/" + token);
        assertThat(outbox.revealLinks(newest.id())).isEmpty();
        assertThat(outbox.list(PageRequest.of(0, 5)).getContent().getFirst().maskedBody()).doesNotContain(token);
    }
}
