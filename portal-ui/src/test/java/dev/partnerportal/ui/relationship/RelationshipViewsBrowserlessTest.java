package dev.partnerportal.ui.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.partnerportal.onboarding.PartnerDesk;
import dev.partnerportal.relationship.Topic;
import dev.partnerportal.relationship.TouchpointKind;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.Rendered;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.home.PartnerHomeView;
import dev.partnerportal.ui.onboarding.PartnerDeskView;
import dev.partnerportal.ui.onboarding.PartnerDetailView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Your team" on a partner's home, and the relationship on the desk: flags in the list, the panel on the partner page. */
@PortalWebTest
class RelationshipViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPartnerSeesTheirTeamWithHowToReachThemAndTheEscalationPath() {
        signInAs("bob@northwind.test");

        navigate(PartnerHomeView.class);

        var panel = find(Div.class).withId("your-team").single();
        assertThat(Rendered.text(panel)).contains("Your team", "Mona Manager", "Partner manager",
                "Executive sponsor", "Nadia Haddad");
        var team = find(Html.class).all().stream().filter(html -> html.getParent().orElseThrow() == panel).findFirst()
                .orElseThrow();
        var escalation = Rendered.select(team, "#relationship-escalation").getFirst().text();
        assertThat(escalation.indexOf("Eddie Editor")).isLessThan(escalation.indexOf("Mona Manager"));
        assertThat(escalation.indexOf("Mona Manager")).isLessThan(escalation.indexOf("Ada Admin"));
        assertThat(Rendered.select(team, "#relationship-vendor-side a").stream().map(link -> link.attr("href")))
                .contains("mailto:manager@vendor.test");
        // Bob is a partner user: he reads the team but does not keep the contacts.
        assertThat(find(com.vaadin.flow.router.RouterLink.class).withId("manage-contacts").all()).isEmpty();
    }

    @Test
    void theDeskFlagsOverdueNextStepsAndThePartnerPageShowsTheRelationship() {
        signInAs("manager@vendor.test");
        long northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
        jdbc.update("""
                update touchpoint_next_step set due_on = date '2026-10-01', done = false where touchpoint_id in
                (select id from touchpoint where organization_id = ?)""", northwind);

        navigate(PartnerDeskView.class);
        @SuppressWarnings("unchecked")
        Grid<PartnerDesk.DeskRow> grid = find(Grid.class).withId("desk-grid").single();
        var row = grid.getListDataView().getItems().filter(r -> r.organization().id() == northwind).findFirst().orElseThrow();
        assertThat(row.relationship().overdueNextSteps()).isEqualTo(1);
        assertThat(new RelationshipFlags(row.relationship()).getElement().getTextRecursively()).contains("1 next steps overdue");

        navigate("desk/partner/" + northwind, PartnerDetailView.class);
        var panel = Rendered.text(find(Div.class).withId("relationship-panel").single());
        assertThat(panel).contains("Relationship", "Cadence", "Call every 4 weeks", "Business review every 13 weeks",
                "Send the retail cheat sheets in Arabic", "Overdue", "5 of 5 departments");
        var done = find(Button.class).all().stream().filter(b -> b.getId().orElse("").startsWith("next-step-done-")).findFirst().orElseThrow();
        test(done).click();
        assertThat(jdbc.queryForObject("""
                select count(*) from touchpoint_next_step where done = false and touchpoint_id in
                (select id from touchpoint where organization_id = ?)""", Long.class, northwind)).isZero();
    }

    @Test
    void choosingABusinessReviewFillsInTheTemplateStartingWithStrategy() {
        signInAs("manager@vendor.test");
        long contoso = jdbc.queryForObject("select id from partner_organization where name = 'Contoso Ltd'", Long.class);
        navigate("desk/partner/" + contoso, PartnerDetailView.class);

        test(find(Button.class).withId("log-touchpoint").single()).click();
        @SuppressWarnings("unchecked")
        Select<TouchpointKind> kind = find(Select.class).withId("touchpoint-kind").single();
        kind.setValue(TouchpointKind.BUSINESS_REVIEW);

        @SuppressWarnings("unchecked")
        CheckboxGroup<Topic> topics = find(CheckboxGroup.class).withId("touchpoint-topics").single();
        assertThat(topics.getValue()).contains(Topic.STRATEGY).doesNotContain(Topic.RENEWAL);
        assertThat(find(TextArea.class).withId("touchpoint-agenda").single().getValue()).startsWith("1. Strategy");
    }
}
