package dev.partnerportal.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.partnerportal.health.HealthRanking;
import dev.partnerportal.health.RelationshipHealth;
import dev.partnerportal.onboarding.PartnerDesk;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.Rendered;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.home.PartnerHomeView;
import dev.partnerportal.ui.onboarding.PartnerDeskView;
import dev.partnerportal.ui.onboarding.PartnerDetailView;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The desk sorted by health with the main reason, the health panel, and the weights page. */
@PortalWebTest
class HealthViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    RelationshipHealth health;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void equalWeightsAgain() {
        jdbc.update("update health_weight set weight = 1");
    }

    @Test
    void theDeskListsPartnersLowestHealthFirstWithTheMainReason() {
        signInAs("manager@vendor.test");
        navigate(PartnerDeskView.class);

        @SuppressWarnings("unchecked")
        Grid<PartnerDesk.DeskRow> grid = find(Grid.class).withId("desk-grid").single();
        var rows = IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        var ranking = health.rank(rows.stream().map(r -> r.organization().organizationId()).toList());
        assertThat(rows).extracting(r -> r.organization().organizationId())
                .containsExactlyElementsOf(ranking.stream().map(HealthRanking::organization).toList());
        assertThat(rows).extracting(r -> r.organization().name())
                .contains("Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Adventure Works", "Litware Inc");

        var column = grid.getColumnByKey("health");
        var first = ranking.getFirst();
        var cell = test(grid).getCellComponent(0, grid.getColumns().indexOf(column)).getElement().getTextRecursively();
        assertThat(cell).startsWith(Integer.toString(first.score()))
                .contains("Main reason: " + grid.getTranslation("health.component." + first.mainReason().name()));
    }

    @Test
    void thePartnerPageShowsScoreComponentsReasonsTrendAndPractices() {
        signInAs("manager@vendor.test");
        var fabrikam = organizations.findByName("Fabrikam Inc").orElseThrow().organizationId();
        var expected = health.of(fabrikam).orElseThrow();

        navigate(PartnerDetailView.class, fabrikam.value());

        var panel = find(HealthPanel.class).single();
        assertThat(text(find(Span.class).withId("health-score").single())).isEqualTo(expected.health().score() + " of 100");
        assertThat(panel.getElement().getTextRecursively()).contains("Cadence kept", "Plan execution", "Engagement");
        assertThat(find(Paragraph.class).withClassName("portal-health-reason").all())
                .hasSize(expected.health().components().stream().mapToInt(c -> c.reasons().size()).sum());
        for (var component : expected.health().components()) {
            var item = find(ListItem.class).withId("health-" + component.component().name().toLowerCase(Locale.ROOT)).single();
            assertThat(text(item)).contains(component.score() + " of 100");
        }
        assertThat(find(Image.class).withId("health-sparkline").single().getSrc()).startsWith("data:image/svg+xml;base64,");
        var practices = find(Html.class).withId("health-practices").single();
        assertThat(Rendered.select(practices, "li#practice-sells_together").getFirst().text()).contains("Not measured yet");
        assertThat(Rendered.select(practices, "li[id^=practice-]")).hasSize(7);
        assertThat(Rendered.text(panel)).contains("Partner or vendor?", "Sells together");
    }

    @Test
    void aPartnerSeesItsOwnHealthOnItsHome() {
        signInAs("carol@contoso.test");

        navigate(PartnerHomeView.class);

        assertThat(find(HealthPanel.class).all()).hasSize(1);
        assertThat(find(Span.class).withId("health-score").single().getText()).endsWith(" of 100");
    }

    @Test
    void anAdministratorSavesWeightsAndAllZeroIsRefusedWithoutChange() {
        signInAs("admin@vendor.test");
        navigate(HealthWeightsView.class);

        for (var field : find(IntegerField.class).all()) {
            test(field).setValue(0);
        }
        test(find(Button.class).withId("save-weights").single()).click();
        assertThat(text(find(Paragraph.class).withId("weights-error").single()))
                .isEqualTo("At least one component must have a weight above 0.");
        assertThat(jdbc.queryForObject("select sum(weight) from health_weight", Integer.class)).isEqualTo(7);

        test(find(IntegerField.class).withId("weight-cadence").single()).setValue(3);
        test(find(Button.class).withId("save-weights").single()).click();
        assertThat(jdbc.queryForObject("select weight from health_weight where component = 'CADENCE'", Integer.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select sum(weight) from health_weight", Integer.class)).isEqualTo(3);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
