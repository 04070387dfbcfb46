package dev.partnerportal.ui.mdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.mdf.FundRequestView;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner requests funds from the demo allocation of the current quarter (too much is refused and nothing is
 * stored); the manager approves it on the desk and the allocation's reserved amount grows by its cost. The manager
 * sets one partner's allocation for a quarter.
 */
@PortalWebTest
class FundViewsBrowserlessTest extends PortalBrowserlessTest {

    static final String TITLE = "Test fund view roadshow";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        var reserved = jdbc.queryForList("select allocation_id, cost from mdf_fund_request where title = ? and status = 'APPROVED'",
                TITLE);
        reserved.forEach(row -> jdbc.update("update mdf_allocation set reserved = reserved - ? where id = ?",
                row.get("cost"), row.get("allocation_id")));
        jdbc.update("delete from mdf_fund_request where title = ?", TITLE);
    }

    @Test
    void aPartnerRequestsFundsAndTheManagerApprovesThem() {
        clock.set(TestClockConfiguration.START);
        var day = LocalDate.of(2026, 11, 20);
        signInAs("alice@northwind.test");
        navigate(FundsView.class);
        long before = count();
        test(find(TextField.class).withId("mdf-title").single()).setValue(TITLE);
        test(find(TextArea.class).withId("mdf-plan").single()).setValue("Three cities, one day each.");
        find(BigDecimalField.class).withId("mdf-cost").single().setValue(new BigDecimal("99999999"));
        find(IntegerField.class).withId("mdf-expected-leads").single().setValue(12);
        find(DatePicker.class).withId("mdf-starts-on").single().setValue(day);
        find(DatePicker.class).withId("mdf-ends-on").single().setValue(day.plusDays(2));
        test(find(Button.class).withId("mdf-submit").single()).click();
        assertThat(count()).as("more than the allocation has free").isEqualTo(before);

        find(BigDecimalField.class).withId("mdf-cost").single().setValue(new BigDecimal("1500"));
        test(find(Button.class).withId("mdf-submit").single()).click();
        assertThat(count()).isEqualTo(before + 1);
        long allocation = jdbc.queryForObject("select allocation_id from mdf_fund_request where title = ?", Long.class, TITLE);
        var reservedBefore = jdbc.queryForObject("select reserved from mdf_allocation where id = ?", BigDecimal.class, allocation);

        signInAs("manager@vendor.test");
        navigate(FundsDeskView.class);
        @SuppressWarnings("unchecked")
        Grid<FundRequestView> grid = find(Grid.class).withId("mdf-requests").single();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).title().equals(TITLE)) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        test(grid).select(row);
        test(find(Button.class).withId("mdf-approve").single()).click();

        assertThat(jdbc.queryForObject("select status from mdf_fund_request where title = ?", String.class, TITLE))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select reserved from mdf_allocation where id = ?", BigDecimal.class, allocation))
                .isEqualByComparingTo(reservedBefore.add(new BigDecimal("1500")));
    }

    @Test
    void theManagerSetsOnePartnersAllocationForAQuarter() {
        signInAs("manager@vendor.test");
        navigate(FundsDeskView.class);
        @SuppressWarnings("unchecked")
        Select<OrganizationSummary> organization = find(Select.class).withId("mdf-allocate-organization").single();
        test(organization).selectItem("Contoso Ltd");
        test(find(TextField.class).withId("mdf-allocate-quarter").single()).setValue("2034-Q1");
        find(BigDecimalField.class).withId("mdf-allocate-amount").single().setValue(new BigDecimal("7500"));
        test(find(Button.class).withId("mdf-allocate-apply").single()).click();

        try {
            assertThat(jdbc.queryForObject("select a.amount from mdf_allocation a join partner_organization o on o.id = "
                    + "a.organization_id where o.name = 'Contoso Ltd' and a.fiscal_quarter = '2034-Q1'", BigDecimal.class))
                    .isEqualByComparingTo("7500.00");
        } finally {
            jdbc.update("delete from mdf_allocation where fiscal_quarter = '2034-Q1'");
        }
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from mdf_fund_request", Long.class);
    }
}
