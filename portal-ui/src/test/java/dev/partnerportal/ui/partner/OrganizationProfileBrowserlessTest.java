package dev.partnerportal.ui.partner;

import dev.partnerportal.support.PortalBrowserlessTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.support.PortalWebTest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** A partner administrator edits the organization profile through the view. */
@PortalWebTest
class OrganizationProfileBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        jdbc.update("update partner_organization set products = null, version = version + 1 where name = 'Northwind Traders'");
    }

    @Test
    void aPartnerAdministratorEditsTheOrganizationsProfileAndBadInputChangesNothing() {
        signInAs("alice@northwind.test");
        navigate(OrganizationProfileView.class);

        industries().setValue(Set.of("Retail", "Healthcare"));
        products().setValue(Set.of("Field Service", "Commerce Suite"));
        test(find(Button.class).withId("save-profile").single()).click();
        assertThat(jdbc.queryForObject("select industries from partner_organization where name = 'Northwind Traders'",
                String.class)).isEqualTo("Healthcare,Retail");
        assertThat(jdbc.queryForObject("select products from partner_organization where name = 'Northwind Traders'",
                String.class)).isEqualTo("Commerce Suite,Field Service");

        industries().setValue(Set.of("Manufacturing"));
        test(find(TextField.class).withCaption("Website").single()).setValue("ftp://northwind.test");
        test(find(Button.class).withId("save-profile").single()).click();
        assertThat(find(Paragraph.class).withClassName("portal-form-error").single().getText()).startsWith("Check the fields");
        assertThat(jdbc.queryForObject("select industries from partner_organization where name = 'Northwind Traders'",
                String.class)).isEqualTo("Healthcare,Retail");
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> products() {
        var field = (MultiSelectComboBox<String>) find(MultiSelectComboBox.class).withId("profile-products").single();
        // The product taxonomy's terms: news tagged with a product reaches the organizations selling it.
        assertThat(field.getListDataView().getItems().toList()).contains("Analytics Cloud", "Commerce Suite", "Field Service");
        return field;
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> industries() {
        var field = (MultiSelectComboBox<String>) find(MultiSelectComboBox.class).withId("profile-industries").single();
        // The choices are the industry taxonomy's terms: content addressed to an industry reaches whoever picks it.
        assertThat(field.getListDataView().getItems().toList()).contains("Retail", "Manufacturing", "Healthcare");
        return field;
    }
}
