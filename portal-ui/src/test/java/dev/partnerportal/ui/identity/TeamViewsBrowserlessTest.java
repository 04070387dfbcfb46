package dev.partnerportal.ui.identity;

import dev.partnerportal.support.PortalBrowserlessTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.identity.TeamMember;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.support.PortalWebTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Inviting a colleague and accepting the invitation, through the views. */
@PortalWebTest
class TeamViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailFixtures mail;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPartnerAdministratorInvitesAColleagueWhoActivatesTheAccount() {
        signInAs("alice@northwind.test");
        navigate(TeamView.class);
        var email = "kim-" + UUID.randomUUID().toString().substring(0, 6) + "@northwind.test";

        test(find(Button.class).withId("invite-colleague").single()).click();
        test(find(EmailField.class).withId("invite-email").single()).setValue(email);
        test(find(TextField.class).withId("invite-name").single()).setValue("Kim Colleague");
        test(find(Button.class).withId("send-invitation").single()).click();

        @SuppressWarnings("unchecked")
        Grid<TeamMember> grid = find(Grid.class).withId("team-grid").single();
        assertThat(grid.getListDataView().getItems().filter(m -> m.email().equals(email)))
                .singleElement().extracting(TeamMember::status).isEqualTo(TeamMember.Status.INVITED);

        SecurityContextHolder.clearContext();
        var matcher = Pattern.compile("/invitation/([A-Za-z0-9_-]+)")
                .matcher(mail.to(email).getLast().body());
        assertThat(matcher.find()).isTrue();
        navigate("invitation/" + matcher.group(1), InvitationView.class);
        test(find(PasswordField.class).withId("new-password").single()).setValue("kim's long passphrase");
        test(find(PasswordField.class).withId("repeat-password").single()).setValue("kim's long passphrase");
        test(find(Button.class).withId("choose-password").single()).click();

        assertThat(jdbc.queryForObject("select enabled from portal_user where email = ?", Boolean.class, email)).isTrue();
    }

    @Test
    void theInvitationIsWrittenInTheLanguageChosenForTheColleagueNotTheSendersOwn() {
        signInAs("alice@northwind.test");
        navigate(TeamView.class);
        var email = "hoa-" + UUID.randomUUID().toString().substring(0, 6) + "@northwind.test";

        test(find(Button.class).withId("invite-colleague").single()).click();
        test(find(EmailField.class).withId("invite-email").single()).setValue(email);
        test(find(TextField.class).withId("invite-name").single()).setValue("Trần Thị Hoa");
        @SuppressWarnings("unchecked")
        Select<String> language = find(Select.class).withId("invite-language").single();
        test(language).selectItem("Tiếng Việt");
        test(find(Button.class).withId("send-invitation").single()).click();

        var invitation = mail.to(email).getLast();
        assertThat(invitation.subject()).isEqualTo("Bạn được mời tham gia nhóm Northwind Traders trên Cổng đối tác");
        assertThat(invitation.body()).startsWith("Xin chào Trần Thị Hoa,");
        assertThat(jdbc.queryForObject("select preferred_locale from portal_user where email = ?", String.class, email))
                .isEqualTo("vi");
    }

    @Test
    void anUnknownInvitationLinkSaysSoPlainly() {
        navigate("invitation/not-a-real-token", InvitationView.class);

        assertThat(find(Paragraph.class).withId("link-invalid").single().getText()).startsWith("This link is not valid any more.");
    }
}
