package dev.partnerportal.ui.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.onboarding.PartnerDesk;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.survey.SurveyDefinition;
import dev.partnerportal.survey.SurveyDesigner;
import dev.partnerportal.survey.SurveyResults;
import dev.partnerportal.ui.onboarding.PartnerDeskView;
import dev.partnerportal.ui.onboarding.PartnerDetailView;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Marking the discovery survey, and each partner company's NPS on its partner page and on the desk. */
@PortalWebTest
class DiscoveryAndCompanyNpsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    SurveyDesigner designer;
    @Autowired
    SurveyResults results;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noDiscoverySurvey() {
        jdbc.update("update survey set discovery = false");
    }

    @Test
    void aManagerMarksTheDiscoverySurveyOnTheSurveysPage() {
        jdbc.update("update survey set discovery = false");
        signInAs("manager@vendor.test");
        navigate(SurveyAdminView.class);
        var caption = find(Paragraph.class).withId("discovery-survey-current").single();
        assertThat(caption.getText()).isEqualTo("No survey is marked as the discovery survey yet.");

        test(find(Button.class).withId("discovery-survey").single()).click();
        test(find(Button.class).withId("discovery-survey-save").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<SurveyDefinition> choice = find(ComboBox.class).withId("discovery-survey-choice").single();
        assertThat(choice.isInvalid()).as("saving without a choice is refused").isTrue();
        assertThat(designer.discoverySurvey()).isEmpty();
        var partnerNps = designer.surveys().stream().filter(s -> s.title().equals("Partner NPS")).findFirst().orElseThrow();
        // Chosen by value: other tests in this context add surveys, which can push it past the list's first page.
        choice.setValue(partnerNps);
        test(find(Button.class).withId("discovery-survey-save").single()).click();

        assertThat(designer.discoverySurvey()).contains(partnerNps.id());
        assertThat(caption.getText()).isEqualTo("Discovery survey: Partner NPS");
    }

    @Test
    void thePartnerPageShowsTheCompanysNpsPerAttributedWaveWithItsTrend() {
        signInAs("manager@vendor.test");
        var contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();

        navigate(PartnerDetailView.class, contoso.value());

        // Demo answers: Carol gave 5 in Q2 (a detractor: -100) and 8 in Q3 (a passive: 0).
        var waves = find(ListItem.class).all().stream().filter(item -> item.getParent()
                .filter(list -> "company-nps-waves".equals(list.getId().orElse(null))).isPresent())
                .map(ListItem::getText).toList();
        assertThat(waves.get(0)).startsWith("Q2 2026 (").endsWith("): NPS -100.0 from 1 answers");
        assertThat(waves.get(1)).startsWith("Q3 2026 (").endsWith("): NPS 0.0 from 1 answers");
        assertThat(waves).noneMatch(text -> text.startsWith("Anonymous"));
        assertThat(find(Span.class).withId("company-nps-latest").single().getText())
                .isEqualTo(results.companyTrend(contoso).getLast().nps().value().toPlainString());
        var trend = find(Image.class).withId("company-nps-trend").single();
        assertThat(trend.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(trend.getAlt()).hasValueSatisfying(alt -> assertThat(alt).startsWith("NPS across " + waves.size() + " waves, from -100.0 to "));
    }

    @Test
    void theDeskShowsEachCompanysLatestNps() {
        signInAs("manager@vendor.test");
        navigate(PartnerDeskView.class);

        @SuppressWarnings("unchecked")
        Grid<PartnerDesk.DeskRow> grid = find(Grid.class).withId("desk-grid").single();
        var column = grid.getColumnByKey("nps");
        assertThat(column.getHeaderText()).isEqualTo("NPS");
        var rows = IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        var northwind = rows.indexOf(rows.stream().filter(r -> r.organization().name().equals("Northwind Traders")).findFirst().orElseThrow());
        var cell = test(grid).getCellComponent(northwind, grid.getColumns().indexOf(column));

        var expected = results.companyTrend(rows.get(northwind).organization().organizationId()).getLast().nps().value();
        assertThat(cell.getElement().getTextRecursively()).isEqualTo(expected.toPlainString());
        assertThat(cell.getChildren().filter(Image.class::isInstance).count()).isEqualTo(1);
    }
}
