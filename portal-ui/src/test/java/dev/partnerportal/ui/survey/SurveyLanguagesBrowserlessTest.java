package dev.partnerportal.ui.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.survey.AudienceKind;
import dev.partnerportal.survey.NpsTemplate;
import dev.partnerportal.survey.SurveyDesigner;
import dev.partnerportal.survey.WaveDraft;
import dev.partnerportal.survey.WaveId;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Surveys in the respondent's language without a browser: the portal form, the personal link and the builder. */
@PortalWebTest
class SurveyLanguagesBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    SurveyDesigner designer;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        jdbc.update("update portal_user set preferred_locale = null");
    }

    private WaveId fiveLanguageWave() {
        signInAs("manager@vendor.test");
        var survey = designer.createSurvey(NpsTemplate.texts(), NpsTemplate.questions());
        return designer.planWave(new WaveDraft(survey, "Languages " + UUID.randomUUID().toString().substring(0, 8),
                clock.instant(), clock.instant().plus(Duration.ofDays(30)), false, AudienceKind.ALL, Set.of()));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> question(int ordinal) {
        return find(RadioButtonGroup.class).withId("question-" + ordinal).single();
    }

    @Test
    void aKoreanSpeakingPartnerReadsTheSurveyInKoreanOnAnEnglishPage() {
        var wave = fiveLanguageWave();
        jdbc.update("update portal_user set preferred_locale = 'ko' where email = 'bob@northwind.test'");
        signInAs("bob@northwind.test");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate("surveys", SurveysView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText).anyMatch(text -> text.startsWith("파트너 NPS 설문 · "));

        navigate("surveys/answer/" + wave.value(), AnswerSurveyView.class);
        assertThat(find(H2.class).single().getText()).startsWith("파트너 NPS 설문 · ");
        assertThat(find(Paragraph.class).withId("survey-intro").single().getText()).startsWith("저희와의 협업에 관한");
        assertThat(question(1).getLabel()).isEqualTo("저희 파트너 프로그램을 동료에게 추천하실 가능성은 어느 정도입니까?");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("survey-form").single().getElement()
                .getAttribute("lang")).isEqualTo("ko");
    }

    @Test
    void aPersonalLinkInArabicRunsRightToLeftAndOneWithoutALanguageFollowsTheBrowser() {
        var wave = fiveLanguageWave();
        var arabic = designer.invite(wave, "guest-" + UUID.randomUUID() + "@example.test", null, Locale.forLanguageTag("ar"));
        var unknown = designer.invite(wave, "guest-" + UUID.randomUUID() + "@example.test", null);
        SecurityContextHolder.clearContext();
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate("survey-link/" + arabic, SurveyLinkView.class);
        var panel = find(com.vaadin.flow.component.html.Div.class).withId("survey-form").single();
        assertThat(panel.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(find(H2.class).single().getText()).startsWith("مؤشر رضا الشركاء · ");
        assertThat(question(1).getLabel()).isEqualTo("ما مدى احتمال أن توصي ببرنامج الشركاء لدينا لزميل؟");
        assertThat(find(Button.class).withId("survey-submit").single().getText()).as("the form's own words too")
                .isEqualTo("إرسال");

        UI.getCurrent().setLocale(Locale.forLanguageTag("vi"));
        navigate("survey-link/" + unknown, SurveyLinkView.class);
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("survey-form").single().getElement()
                .getAttribute("dir")).isEqualTo("ltr");
        assertThat(question(1).getLabel()).startsWith("Bạn sẵn lòng giới thiệu");
    }

    @Test
    void theBuilderSavesATitleAndQuestionsInEveryLanguageTypedIn() {
        var title = "Builder survey " + UUID.randomUUID().toString().substring(0, 8);
        signInAs("manager@vendor.test");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("survey-admin", SurveyAdminView.class);
        test(find(Button.class).withId("new-survey").single()).click();

        test(find(TextField.class).withId("survey-title").single()).setValue(title);
        @SuppressWarnings("unchecked")
        Select<String> language = find(Select.class).withId("builder-language").single();
        test(language).selectItem("한국어");
        assertThat(find(TextField.class).withId("survey-title").all()).as("English fields hidden while writing Korean").isEmpty();
        test(find(TextField.class).withId("survey-title-ko").single()).setValue("빌더 설문");
        test(find(Button.class).withId("nps-template").single()).click();
        assertThat(find(TextField.class).withId("question-text-1-ko").single().getValue())
                .isEqualTo("저희 파트너 프로그램을 동료에게 추천하실 가능성은 어느 정도입니까?");
        test(find(Button.class).withId("save-survey").single()).click();

        var saved = designer.surveys().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
        assertThat(saved.title(Locale.KOREAN)).isEqualTo("빌더 설문");
        assertThat(saved.title(Locale.forLanguageTag("hu"))).as("a typed English title is not replaced by the template's")
                .isEqualTo(title);
        assertThat(saved.intro(Locale.forLanguageTag("vi"))).startsWith("Năm câu hỏi ngắn");
        assertThat(saved.questions().get(3).options(Locale.forLanguageTag("hu"))).contains("Üzletregisztráció");
    }
}
