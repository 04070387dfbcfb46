package dev.partnerportal.ui.survey;

import dev.partnerportal.support.PortalBrowserlessTest;
import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.survey.AudienceKind;
import dev.partnerportal.survey.NpsTemplate;
import dev.partnerportal.survey.ResponseState;
import dev.partnerportal.survey.SurveyCollection;
import dev.partnerportal.survey.SurveyDesigner;
import dev.partnerportal.survey.WaveDraft;
import dev.partnerportal.survey.WaveId;
import dev.partnerportal.ui.error.NotFoundView;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The survey views without a browser: answering, following up, results, personal links and who sees what. */
@PortalWebTest
class SurveyViewsBrowserlessTest extends PortalBrowserlessTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    SurveyDesigner designer;
    @Autowired
    SurveyCollection collection;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;


    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        jdbc.update("update portal_user set preferred_locale = null where email not in "
                + "('ildiko@duna.test', 'minjun@hanbit.test', 'huong@songhong.test', 'layla@nile.test')"); // the demo's own languages
    }

    private WaveId goldWave() {
        signInAs("manager@vendor.test");
        var survey = designer.createSurvey("Browserless NPS " + NAMES.incrementAndGet(), NpsTemplate.questions());
        return designer.planWave(new WaveDraft(survey, "Wave " + NAMES.incrementAndGet(), clock.instant(),
                clock.instant().plus(Duration.ofDays(30)), false, AudienceKind.TIERS, Set.of("GOLD")));
    }

    private WaveId demoWave(String name) {
        signInAs("manager@vendor.test");
        return designer.waves(PageRequest.of(0, 500)).stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> question(int ordinal) {
        return find(RadioButtonGroup.class).withId("question-" + ordinal).single();
    }

    @Test
    void aGoldPartnerSeesTheOpenGoldWaveAndARegisteredPartnerDoesNot() {
        demoWave("Q4 2026 (Gold)");
        signInAs("alice@northwind.test");
        navigate(SurveysView.class);
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Answer");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Q4 2026 (Gold)");

        signInAs("carol@contoso.test");
        navigate(SurveysView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Q4 2026 (Gold)");
    }

    @Test
    void aPartnerAnswersWithAFollowUpBelowNineAndSubmits() {
        var wave = goldWave();
        signInAs("alice@northwind.test");
        navigate("surveys/answer/" + wave.value(), AnswerSurveyView.class);

        test(question(1)).selectItem("4");
        var followUp = find(TextArea.class).withId("question-2").single();
        test(question(1)).selectItem("9");
        assertThat(followUp.getParent().orElseThrow().isVisible()).as("no follow-up from 9 up").isFalse();
        test(question(1)).selectItem("4");
        assertThat(followUp.getParent().orElseThrow().isVisible()).isTrue();
        test(followUp).setValue("Faster support, please");
        test(find(Button.class).withId("survey-save").single()).click();
        assertThat(collection.form(wave).orElseThrow().state()).isEqualTo(ResponseState.DRAFT);

        test(find(Button.class).withId("survey-submit").single()).click();

        var form = collection.form(wave).orElseThrow();
        assertThat(form.state()).isEqualTo(ResponseState.SUBMITTED);
        assertThat(form.answers()).hasSize(2);
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("survey-status").single().getText()).isEqualTo("Submitted");
        assertThat(question(1).isReadOnly()).isTrue();
    }

    @Test
    void anotherOrganizationsWaveAndStaffPagesAreNotFoundForPartners() {
        var wave = goldWave();
        signInAs("carol@contoso.test");
        navigate("surveys/answer/" + wave.value(), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        navigate("survey-admin/results/" + wave.value(), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("follow-ups", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void inArabicTheQuestionIsArabicAndTheScaleRunsFromZeroInReadingOrder() {
        var wave = goldWave();
        signInAs("bob@northwind.test");
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        navigate("surveys/answer/" + wave.value(), AnswerSurveyView.class);

        var scale = question(1);
        assertThat(scale.getLabel()).startsWith("ما مدى احتمال");
        assertThat(scale.getClassNames()).contains("portal-scale");
        assertThat(scale.getListDataView().getItems().toList()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(scale.getElement().getStyle().get("direction")).as("no forced direction on the scale").isNull();
    }

    @Test
    void theManagerSeesScoreChartsBreakdownsAndTrendOfTheDemoWave() {
        var q3 = demoWave("Q3 2026");
        navigate("survey-admin/results/" + q3.value(), SurveyResultsView.class);

        assertThat(find(Span.class).withId("nps-score").single().getText()).isEqualTo("0.0");
        assertThat(find(Paragraph.class).withId("nps-counts").single().getText())
                .isEqualTo("Promoters 1 (33.3 %), passives 1, detractors 1 (33.3 %)");
        var distribution = find(Image.class).withId("nps-distribution").single();
        var svg = new String(Base64.getDecoder().decode(distribution.getSrc()
                .substring("data:image/svg+xml;base64,".length())), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("</svg>");
        assertThat(find(Image.class).withId("nps-trend").single().getSrc()).startsWith("data:image/svg+xml");
        var byCompany = find(BreakdownPanel.class).withId("breakdown-organization").single();
        @SuppressWarnings("unchecked")
        Grid<dev.partnerportal.survey.WaveResults.GroupScore> grid = (Grid<dev.partnerportal.survey.WaveResults.GroupScore>)
                byCompany.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
        // Contoso: Carol 8 -> 0; Northwind: Alice 9 and Bob 4 -> 50 % - 50 % = 0
        assertThat(grid.getListDataView().getItems().map(g -> g.label() + " " + g.responses() + " " + g.nps().value()))
                .containsExactly("Contoso Ltd 1 0.0", "Northwind Traders 2 0.0");
        assertThat(find(Anchor.class).withId("export-csv").single().getHref()).isNotBlank();
    }

    @Test
    void anAnonymousWaveShowsTheScoreButHidesBreakdownGroupsBelowFiveResponses() {
        signInAs("manager@vendor.test");
        var survey = designer.createSurvey("Anonymous NPS " + NAMES.incrementAndGet(), NpsTemplate.questions());
        var wave = designer.planWave(new WaveDraft(survey, "Anonymous wave " + NAMES.incrementAndGet(), clock.instant(),
                clock.instant().plus(Duration.ofDays(30)), true, AudienceKind.ALL, Set.of()));
        var nps = designer.survey(survey).orElseThrow().questions().getFirst().id();
        signInAs("alice@northwind.test");
        collection.submit(wave, java.util.Map.of(nps, dev.partnerportal.survey.Answer.number(10)));
        signInAs("carol@contoso.test");
        collection.submit(wave, java.util.Map.of(nps, dev.partnerportal.survey.Answer.number(3)));
        signInAs("manager@vendor.test");

        navigate("survey-admin/results/" + wave.value(), SurveyResultsView.class);

        assertThat(find(Span.class).withId("nps-score").single().getText()).isEqualTo("0.0");
        assertThat(find(Paragraph.class).withId("hidden-organization").single().getText())
                .isEqualTo("2 groups with fewer than 5 responses are hidden to keep this anonymous survey anonymous.");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Northwind Traders", "Contoso Ltd");
    }

    @Test
    void aPersonalLinkOpensTheFormWithoutLoginAndAnUnknownOneSaysItIsNotValid() {
        var wave = goldWave();
        var token = designer.invite(wave, "guest" + NAMES.incrementAndGet() + "@example.test", null);
        SecurityContextHolder.clearContext();

        navigate("survey-link/" + token, SurveyLinkView.class);
        test(question(1)).selectItem("10");
        test(find(Button.class).withId("survey-submit").single()).click();
        assertThat(collection.formByLink(token).orElseThrow().state()).isEqualTo(ResponseState.SUBMITTED);

        navigate("survey-link/not-a-real-token", SurveyLinkView.class);
        assertThat(find(Paragraph.class).withId("survey-link-invalid").single().getText()).contains("not valid");
    }

    @Test
    void theManagerClosesAFollowUpWithWhatWasDone() {
        var wave = goldWave();
        signInAs("bob@northwind.test");
        collection.submit(wave, java.util.Map.of(collection.form(wave).orElseThrow().survey().questions().getFirst().id(),
                dev.partnerportal.survey.Answer.number(2)));
        signInAs("manager@vendor.test");
        navigate(FollowUpsView.class);
        @SuppressWarnings("unchecked")
        Grid<dev.partnerportal.survey.FollowUp> grid = find(Grid.class).withId("follow-ups-grid").single();
        var tasks = grid.getListDataView().getItems().toList();
        var task = tasks.stream().filter(f -> f.open() && f.score() == 2).findFirst().orElseThrow();

        test((Button) test(grid).getCellComponent(tasks.indexOf(task), 6)).click();
        test(find(TextArea.class).withId("follow-up-resolution").single()).setValue("Called Bob, support plan agreed.");
        test(find(Button.class).withId("save-follow-up").single()).click();

        assertThat(grid.getListDataView().getItems().filter(f -> f.id() == task.id()).findFirst().orElseThrow().resolution())
                .isEqualTo("Called Bob, support plan agreed.");
        var refreshed = grid.getListDataView().getItems().toList();
        assertThat(refreshed.stream().filter(f -> f.id() == task.id()).findFirst().orElseThrow().open()).isFalse();
    }
}
