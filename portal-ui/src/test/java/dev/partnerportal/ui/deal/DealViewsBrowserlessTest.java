package dev.partnerportal.ui.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.deal.DealStage;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registration form refuses a bad domain and registers a complete deal; the partner sees "under review"
 * without the conflict, the manager sees the conflict and approves, and the partner marks the deal won.
 */
@PortalWebTest
class DealViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void aConflictingRegistrationIsApprovedByTheManagerAndWonByThePartner() {
        clock.set(TestClockConfiguration.START);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var company = "Browserless Air " + suffix;
        jdbc.update("insert into deal_direct_account (company, customer_key, customer_domain, protected_until, added_by, added_at) "
                + "select ?, ?, ?, ?, id, current_timestamp from portal_user where email = 'admin@vendor.test'",
                "Browserless Air " + suffix, "browserless air " + suffix, "air-" + suffix + ".com", LocalDate.of(2027, 6, 1));

        signInAs("bob@northwind.test");
        navigate(DealsView.class);
        long before = count();
        test(find(TextField.class).withId("deal-company").single()).setValue(company + " Ltd");
        test(find(TextField.class).withId("deal-domain").single()).setValue("not a domain");
        test(find(TextField.class).withId("deal-country").single()).setValue("GB");
        test(find(TextField.class).withId("deal-products").single()).setValue("Analytics Cloud, Edge Gateway");
        find(BigDecimalField.class).withId("deal-value").single().setValue(new BigDecimal("40000"));
        test(find(TextField.class).withId("deal-currency").single()).setValue("GBP");
        find(DatePicker.class).withId("deal-close").single().setValue(LocalDate.of(2027, 1, 15));
        test(find(Button.class).withId("deal-register").single()).click();
        assertThat(find(TextField.class).withId("deal-domain").single().isInvalid()).isTrue();
        assertThat(count()).isEqualTo(before);

        test(find(TextField.class).withId("deal-domain").single()).setValue("https://www.air-" + suffix + ".com");
        test(find(Button.class).withId("deal-register").single()).click();
        assertThat(count()).isEqualTo(before + 1);
        assertThat(getCurrentView()).isInstanceOf(DealDetailView.class);
        assertThat(find(Span.class).withId("deal-status").single().getText()).isEqualTo("Under review");
        assertThat(find(Div.class).withId("deal-conflicts").exists()).as("partners never see conflicts").isFalse();
        long id = jdbc.queryForObject("select id from deal_registration where customer_company = ?", Long.class, company + " Ltd");

        signInAs("manager@vendor.test");
        navigate(DealDetailView.class, id);
        assertThat(text(find(Div.class).withId("deal-conflicts").single())).contains("Direct account").contains(company);
        test(find(Button.class).withId("deal-approve").single()).click();
        assertThat(find(Span.class).withId("deal-status").single().getText()).isEqualTo("Approved");

        signInAs("bob@northwind.test");
        navigate(DealDetailView.class, id);
        @SuppressWarnings("unchecked")
        Select<DealStage> stage = find(Select.class).withId("deal-new-stage").single();
        test(stage).selectItem("Won");
        test(find(Button.class).withId("deal-change-save").single()).click();
        assertThat(find(BigDecimalField.class).withId("deal-final-amount").single().isInvalid()).isTrue();
        find(BigDecimalField.class).withId("deal-final-amount").single().setValue(new BigDecimal("41000"));
        test(find(Button.class).withId("deal-change-save").single()).click();
        assertThat(find(Span.class).withId("deal-stage-now").single().getText()).isEqualTo("Won");
        assertThat(jdbc.queryForObject("select final_amount from deal_registration where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("41000");
    }

    @Test
    void aPartnerAsksForHelpAndTheManagerAssignsItFromTheDeal() {
        clock.set(TestClockConfiguration.START);
        long id = jdbc.queryForObject("select min(r.id) from deal_registration r join partner_organization o on o.id = r.organization_id "
                + "where o.name = 'Northwind Traders' and r.stage not in ('WON', 'LOST') and r.status <> 'REJECTED'", Long.class);
        signInAs("alice@northwind.test");
        navigate(DealDetailView.class, id);
        long before = jdbc.queryForObject("select count(*) from deal_co_selling", Long.class);
        test(find(TextArea.class).withId("co-selling-notes").single()).setValue("A sizing call with their IT team.");
        find(DatePicker.class).withId("co-selling-wanted").single().setValue(LocalDate.of(2026, 11, 16));
        test(find(Button.class).withId("co-selling-ask").single()).click();
        assertThat(jdbc.queryForObject("select count(*) from deal_co_selling", Long.class)).isEqualTo(before + 1);
        long request = jdbc.queryForObject("select max(id) from deal_co_selling", Long.class);

        signInAs("manager@vendor.test");
        navigate(DealsView.class);
        assertThat(find(com.vaadin.flow.component.grid.Grid.class).withId("co-selling-queue").exists()).isTrue();
        navigate(DealDetailView.class, id);
        @SuppressWarnings("unchecked")
        Select<dev.partnerportal.deal.VendorPerson> assignee = find(Select.class).withId("co-selling-assignee-" + request).single();
        assignee.setValue(assignee.getListDataView().getItems().findFirst().orElseThrow());
        test(find(Button.class).withId("co-selling-assign-" + request).single()).click();
        assertThat(find(Span.class).withId("co-selling-state-" + request).single().getText()).startsWith("Assigned");
    }

    @Test
    void theDirectAccountsPageAddsAnAccount() {
        signInAs("manager@vendor.test");
        navigate(DirectAccountsView.class);
        var name = "Direct Page " + UUID.randomUUID().toString().substring(0, 8);
        test(find(TextField.class).withId("direct-company").single()).setValue(name);
        test(find(TextField.class).withId("direct-domain").single()).setValue(name.replace(' ', '-').toLowerCase() + ".com");
        find(DatePicker.class).withId("direct-until").single().setValue(LocalDate.now(clock).plusMonths(3));
        test(find(Button.class).withId("direct-add").single()).click();
        assertThat(jdbc.queryForObject("select count(*) from deal_direct_account where company = ?", Long.class, name)).isEqualTo(1);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from deal_registration", Long.class);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
