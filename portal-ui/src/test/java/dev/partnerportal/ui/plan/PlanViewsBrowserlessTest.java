package dev.partnerportal.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.onboarding.PartnerDetailView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The plan page offers each person their own side to write, and the desk shows the plan of a partner. */
@PortalWebTest
class PlanViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPartnerAdministratorWritesThePartnerSideAndReadsTheVendorSide() {
        signInAs("alice@northwind.test");

        navigate(PlanView.class);

        assertThat(find(TextArea.class).all()).extracting(area -> area.getId().orElse("")).containsExactly(
                "plan-section-target_market", "plan-section-partner_strategies", "plan-section-partner_roles",
                "plan-section-partner_resources");
        assertThat(find(Div.class).withId("plan-section-vendor_roles").single().getElement().getTextRecursively())
                .contains("Mona Manager as partner manager");
        assertThat(find(Button.class).withId("plan-save").exists()).isTrue();
    }

    @Test
    void aPartnerUserReadsThePlanWithoutAnythingToWrite() {
        signInAs("bob@northwind.test");

        navigate(PlanView.class);

        assertThat(find(TextArea.class).all()).isEmpty();
        assertThat(find(Button.class).withId("plan-save").exists()).isFalse();
    }

    @Test
    void aCommitmentDueNotificationsLinkSelectsThatCommitment() {
        signInAs("bob@northwind.test");
        navigate(PlanView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<dev.partnerportal.plan.PlanCommitment> grid =
                find(com.vaadin.flow.component.grid.Grid.class).withId("plan-commitments").single();
        var last = grid.getListDataView().getItems().reduce((first, second) -> second).orElseThrow();
        assertThat(grid.getSelectedItems()).isEmpty();

        com.vaadin.flow.component.UI.getCurrent().navigate("plan",
                com.vaadin.flow.router.QueryParameters.of("commitment", Long.toString(last.id())));

        grid = find(com.vaadin.flow.component.grid.Grid.class).withId("plan-commitments").single();
        assertThat(grid.getSelectedItems()).extracting(dev.partnerportal.plan.PlanCommitment::id).containsExactly(last.id());
    }

    @Test
    void theDeskPartnerPageShowsThePlanWithALinkToIt() {
        signInAs("manager@vendor.test");
        long northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);

        navigate(PartnerDetailView.class, northwind);

        assertThat(find(Div.class).withId("desk-plan").single().getElement().getTextRecursively()).contains("Version 1", "Approved");
    }
}
