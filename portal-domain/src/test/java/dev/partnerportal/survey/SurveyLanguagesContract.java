package dev.partnerportal.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.Invitations;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.Role;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Surveys in five languages on H2 and PostgreSQL: texts stored per language, each respondent served in their
 * stored language (or the browser's), English filling each missing text on its own, and results counting
 * answers by question whatever language they were given in.
 */
abstract class SurveyLanguagesContract {

    private static final Locale KOREAN = Locale.KOREAN;
    private static final Locale HUNGARIAN = Locale.forLanguageTag("hu");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    SurveyDesigner designer;
    @Autowired
    SurveyCollection collection;
    @Autowired
    SurveyResults results;
    @Autowired
    Invitations invitations;
    @Autowired
    MailFixtures mail;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startOfTheTestClock() {
        clock.set(TestClockConfiguration.START);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void titleIntroductionQuestionsAndChoicesAreStoredAndReadInEveryLanguage() {
        var wave = npsWave();
        var survey = wave.survey();

        assertThat(jdbc.queryForList("select language from survey_text where survey_id = ? order by language",
                String.class, survey.id().value())).containsExactly("ar", "en", "hu", "ko", "vi");
        assertThat(survey.title()).isEqualTo("Partner NPS");
        assertThat(survey.title(KOREAN)).isEqualTo("파트너 NPS 설문");
        assertThat(survey.title(Locale.forLanguageTag("ar"))).isEqualTo("مؤشر رضا الشركاء");
        assertThat(survey.intro(VIETNAMESE)).startsWith("Năm câu hỏi ngắn");
        assertThat(survey.intro(HUNGARIAN)).startsWith("Öt rövid kérdés");
        var choice = survey.questions().get(3);
        assertThat(choice.text(HUNGARIAN)).isEqualTo("Min javítsunk először?");
        assertThat(choice.options(KOREAN)).containsExactly("교육", "마케팅 지원금", "딜 등록", "기술 지원");
        assertThat(choice.options(VIETNAMESE)).hasSize(4).contains("Hỗ trợ kỹ thuật");
        assertThat(survey.title(Locale.GERMAN)).as("a language nobody wrote").isEqualTo("Partner NPS");
    }

    @Test
    void theDemoSurveysAreWrittenInAllFiveLanguages() {
        SignIn.as(provider, "manager@vendor.test");
        // The demo seeds each first; other tests make later copies of the NPS template.
        var demo = Stream.of("Partner NPS", "Partner discovery")
                .map(title -> designer.surveys().stream().filter(s -> s.title().equals(title))
                        .min(Comparator.comparing(s -> s.id().value())).orElseThrow())
                .toList();
        assertThat(demo).extracting(SurveyDefinition::title).contains("Partner NPS", "Partner discovery");
        var languages = List.of("en", "ar", "hu", "ko", "vi");
        for (var survey : demo) {
            assertThat(survey.titles().keySet()).as(survey.title()).containsExactlyInAnyOrderElementsOf(languages);
            assertThat(survey.intros().keySet()).as(survey.title()).containsExactlyInAnyOrderElementsOf(languages);
            survey.questions().forEach(q -> {
                assertThat(q.texts().keySet()).as("%s question %d", survey.title(), q.ordinal())
                        .containsExactlyInAnyOrderElementsOf(languages);
                if (q.kind().hasOptions()) {
                    assertThat(q.options().keySet()).containsExactlyInAnyOrderElementsOf(languages);
                }
            });
        }
        var discovery = demo.stream().filter(s -> s.title().equals("Partner discovery")).findFirst().orElseThrow();
        assertThat(discovery.title(Locale.forLanguageTag("ar"))).isEqualTo("استبيان التعرّف على الشريك");
        assertThat(discovery.questions().get(0).options(VIETNAMESE)).containsExactly("Giấy phép phần mềm",
                "Dịch vụ được quản lý", "Tư vấn và tích hợp", "Phần cứng");
    }

    @Test
    void englishFillsEachMissingTextOnItsOwn() {
        SignIn.as(provider, "manager@vendor.test");
        var id = designer.createSurvey(SurveyTexts.english("Onboarding check " + UUID.randomUUID())
                        .with("en", null, "Two questions after your first month.")
                        .with("ko", "온보딩 점검", null),
                List.of(QuestionDraft.of(QuestionKind.NPS, true, "How likely are you to recommend onboarding?")
                                .translated("ko", "온보딩을 추천하실 가능성은 어느 정도입니까?"),
                        QuestionDraft.of(QuestionKind.FREE_TEXT, false, "What was missing?")));
        var survey = designer.survey(id).orElseThrow();

        assertThat(survey.title(KOREAN)).isEqualTo("온보딩 점검");
        assertThat(survey.intro(KOREAN)).isEqualTo("Two questions after your first month.");
        assertThat(survey.questions().get(0).text(KOREAN)).isEqualTo("온보딩을 추천하실 가능성은 어느 정도입니까?");
        assertThat(survey.questions().get(1).text(KOREAN)).isEqualTo("What was missing?");
        assertThat(jdbc.queryForObject("select title from survey_text where survey_id = ? and language = 'ko'",
                String.class, id.value())).isEqualTo("온보딩 점검");
    }

    @Test
    void eachRespondentReadsTheirLanguageAndResultsCountAnswersByQuestionWhateverTheLanguage() {
        var wave = npsWave();
        var koreanPartner = koreanSpeakingPartner();

        SignIn.as(provider, koreanPartner);
        var koreanForm = collection.form(wave.id()).orElseThrow();
        assertThat(koreanForm.language()).isEqualTo(KOREAN);
        assertThat(koreanForm.locale(Locale.ENGLISH)).as("the stored language beats the browser's").isEqualTo(KOREAN);
        assertThat(koreanForm.survey().title(koreanForm.locale(Locale.ENGLISH))).isEqualTo("파트너 NPS 설문");
        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(9), wave.question(4), Answer.choices(Set.of(2))));

        SignIn.as(provider, "alice@northwind.test");
        var englishForm = collection.form(wave.id()).orElseThrow();
        assertThat(englishForm.language()).as("no stored language").isNull();
        assertThat(englishForm.locale(VIETNAMESE)).as("then the browser's").isEqualTo(VIETNAMESE);
        collection.submit(wave.id(), Map.of(wave.question(1), Answer.number(6), wave.question(4), Answer.choices(Set.of(0, 2))));
        SignIn.out();

        SignIn.as(provider, "manager@vendor.test");
        var hungarianToken = designer.invite(wave.id(), "eszter-" + UUID.randomUUID() + "@example.test", null, HUNGARIAN);
        var browserToken = designer.invite(wave.id(), "guest-" + UUID.randomUUID() + "@example.test", null);
        var accountToken = designer.invite(wave.id(), koreanPartner, null, VIETNAMESE);
        SignIn.out();
        assertThat(jdbc.queryForObject("select language from survey_invitation where token_hash = ?", String.class,
                dev.partnerportal.shared.Sha256.hex(hungarianToken))).isEqualTo("hu");
        var hungarianForm = collection.formByLink(hungarianToken).orElseThrow();
        assertThat(hungarianForm.language()).isEqualTo(HUNGARIAN);
        assertThat(hungarianForm.survey().questions().get(0).text(hungarianForm.locale(KOREAN)))
                .isEqualTo("Mennyire valószínű, hogy partnerprogramunkat ajánlaná egy kollégájának?");
        assertThat(collection.formByLink(browserToken).orElseThrow().language()).isNull();
        assertThat(collection.formByLink(accountToken).orElseThrow().language())
                .as("the account's own language wins over the one chosen when inviting").isEqualTo(KOREAN);
        collection.submitByLink(hungarianToken, Map.of(wave.question(1), Answer.number(10),
                wave.question(4), Answer.choices(Set.of(2))));

        SignIn.as(provider, "manager@vendor.test");
        var english = results.results(wave.id(), Locale.ENGLISH).orElseThrow();
        assertThat(english.responses()).isEqualTo(3);
        assertThat(english.questions().get(0).answered()).isEqualTo(3);
        var improve = english.questions().get(3);
        assertThat(improve.answered()).isEqualTo(3);
        assertThat(improve.buckets()).filteredOn(b -> b.value() == 2).singleElement()
                .satisfies(b -> assertThat(b.count()).isEqualTo(3))
                .satisfies(b -> assertThat(b.label()).isEqualTo("Deal registration"));
        assertThat(results.results(wave.id(), KOREAN).orElseThrow().questions().get(3).buckets())
                .filteredOn(b -> b.value() == 2).singleElement()
                .satisfies(b -> assertThat(b.label()).isEqualTo("딜 등록"));
    }

    /** The five-language NPS template in a wave open to every partner for 30 days. */
    private SurveyFixtures.Wave npsWave() {
        SignIn.as(provider, "manager@vendor.test");
        try {
            var survey = designer.createSurvey(NpsTemplate.texts(), NpsTemplate.questions());
            var wave = designer.planWave(new WaveDraft(survey, "Languages " + UUID.randomUUID().toString().substring(0, 8),
                    clock.instant(), clock.instant().plus(Duration.ofDays(30)), false, AudienceKind.ALL, Set.of()));
            return new SurveyFixtures.Wave(wave, designer.survey(survey).orElseThrow());
        } finally {
            SignIn.out();
        }
    }

    /** A new Northwind partner invited in Korean (their stored language) who has accepted; returns the address. */
    private String koreanSpeakingPartner() {
        var address = "minjun-" + UUID.randomUUID() + "@northwind.test";
        SignIn.as(provider, "admin@vendor.test");
        invitations.invite(address, "김민준", Role.PARTNER_USER,
                organizations.findByName("Northwind Traders").orElseThrow().organizationId(), KOREAN);
        SignIn.out();
        var token = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})").matcher(mail.to(address).getLast().body())
                .results().findFirst().orElseThrow().group(1);
        invitations.accept(token, SignIn.DEMO_PASSWORD);
        return address;
    }
}
