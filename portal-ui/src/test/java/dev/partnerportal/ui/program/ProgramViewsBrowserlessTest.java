package dev.partnerportal.ui.program;

import dev.partnerportal.support.PortalBrowserlessTest;
import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.identity.TeamMember;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.recruitment.ApplyView;
import dev.partnerportal.ui.team.InvitationView;
import dev.partnerportal.ui.team.OrganizationProfileView;
import dev.partnerportal.ui.team.TeamView;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Applying, inviting and accepting, through the views. */
@PortalWebTest
class ProgramViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailFixtures mail;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from throttle_entry where kind = 'PARTNER_APPLICATION'");
    }


    @Test
    void anApplicantFillsInTheFormAndIsThanked() {
        var company = "Tailspin " + UUID.randomUUID().toString().substring(0, 6);
        long before = jdbc.queryForObject("select count(*) from partner_application", Long.class);
        navigate(ApplyView.class);

        test(find(Button.class).withId("apply-submit").single()).click();
        assertThat(find(Paragraph.class).withClassName("portal-form-error").single().getText())
                .isEqualTo("Some fields need your attention. Check the fields marked in red.");
        assertThat(jdbc.queryForObject("select count(*) from partner_application", Long.class)).isEqualTo(before);

        var texts = find(TextField.class).all();
        test(texts.get(0)).setValue(company);
        test(texts.get(1)).setValue("https://tailspin.test");
        test(texts.get(2)).setValue("Terry Tailspin");
        test(find(EmailField.class).single()).setValue("terry@tailspin.test");
        @SuppressWarnings("unchecked")
        var selects = find(Select.class).all();
        test(selects.get(0)).selectItem("Agency");
        test(selects.get(1)).selectItem("EMEA");
        for (var question : find(RadioButtonGroup.class).all()) {
            test(question).selectItem("Mostly");
        }
        test(find(TextArea.class).single()).setValue("We build web shops.");
        test(find(Button.class).withId("apply-submit").single()).click();

        assertThat(find(Paragraph.class).withId("apply-thanks").single().getText()).startsWith("Thank you.");
        assertThat(jdbc.queryForObject("select score from partner_application where company_name = ?", Integer.class, company))
                .isEqualTo(75);
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
    void aPartnerAdministratorEditsTheOrganizationsProfileAndBadInputChangesNothing() {
        signInAs("alice@northwind.test");
        navigate(OrganizationProfileView.class);

        test(find(TextField.class).withId("profile-industries").single()).setValue("Retail, Hospitality");
        test(find(Button.class).withId("save-profile").single()).click();
        assertThat(jdbc.queryForObject("select industries from partner_organization where name = 'Northwind Traders'",
                String.class)).isEqualTo("Retail,Hospitality");

        test(find(TextField.class).withId("profile-industries").single()).setValue("Banking");
        test(find(TextField.class).withCaption("Website").single()).setValue("ftp://northwind.test");
        test(find(Button.class).withId("save-profile").single()).click();
        assertThat(find(Paragraph.class).withClassName("portal-form-error").single().getText()).startsWith("Check the fields");
        assertThat(jdbc.queryForObject("select industries from partner_organization where name = 'Northwind Traders'",
                String.class)).isEqualTo("Retail,Hospitality");
    }

    @Test
    void anUnknownInvitationLinkSaysSoPlainly() {
        navigate("invitation/not-a-real-token", InvitationView.class);

        assertThat(find(Paragraph.class).withId("link-invalid").single().getText()).startsWith("This link is not valid any more.");
    }
}
