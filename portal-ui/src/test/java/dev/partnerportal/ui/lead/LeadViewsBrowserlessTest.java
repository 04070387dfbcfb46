package dev.partnerportal.ui.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.lead.LeadView;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The manager creates a lead on the desk (a missing field refuses it, nothing is stored); the receiving partner
 * finds it in their list, is stopped from rejecting without a reason, and accepts it.
 */
@PortalWebTest
class LeadViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    long northwind;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
        jdbc.update("update partner_organization set version = version + 1, industries = 'Forestry' where id = ?", northwind);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from sales_lead_offer where lead_id in (select id from sales_lead where company like 'Test lead view%')");
        jdbc.update("delete from sales_lead where company like 'Test lead view%'");
        jdbc.update("update partner_organization set version = version + 1, industries = null where id = ?", northwind);
    }

    @Test
    void theManagerCreatesALeadAndTheReceivingPartnerAcceptsIt() {
        signInAs("manager@vendor.test");
        navigate(LeadDeskView.class);
        long before = count();
        set("lead-country", "NO");
        set("lead-domain", "fjord-timber.example");
        set("lead-contactName", "Ola Nordmann");
        set("lead-contactEmail", "ola@example.com");
        set("lead-products", "Analytics Suite; Commerce Cloud");
        set("lead-industry", "Forestry");
        find(BigDecimalField.class).withId("lead-estimatedValue").single().setValue(new BigDecimal("9000"));
        test(find(Button.class).withId("lead-create").single()).click();
        assertThat(find(TextField.class).withId("lead-company").single().isInvalid()).isTrue();
        assertThat(count()).isEqualTo(before);

        set("lead-company", "Test lead view Fjord Timber");
        test(find(Button.class).withId("lead-create").single()).click();
        assertThat(count()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select offered_to from sales_lead where company = 'Test lead view Fjord Timber'",
                Long.class)).isEqualTo(northwind);

        signInAs("bob@northwind.test");
        navigate(LeadsView.class);
        @SuppressWarnings("unchecked")
        Grid<LeadView> grid = find(Grid.class).withId("lead-grid").single();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).company().equals("Test lead view Fjord Timber")) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(find(Button.class).withId("lead-accept").exists()).isFalse();
        // The offer notification's link selects the lead: its contact and actions are there at once.
        com.vaadin.flow.component.UI.getCurrent().navigate("leads",
                com.vaadin.flow.router.QueryParameters.of("lead", test(grid).getRow(row).id().toString()));
        assertThat(getCurrentView()).isInstanceOf(LeadsView.class);
        test(find(Button.class).withId("lead-reject").single()).click();
        assertThat(find(TextField.class).withId("lead-reject-reason").single().isInvalid()).isTrue();
        test(find(Button.class).withId("lead-accept").single()).click();

        assertThat(jdbc.queryForObject("select status from sales_lead where company = 'Test lead view Fjord Timber'",
                String.class)).isEqualTo("ACCEPTED");
    }

    private void set(String id, String value) {
        test(find(TextField.class).withId(id).single()).setValue(value);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from sales_lead", Long.class);
    }
}
