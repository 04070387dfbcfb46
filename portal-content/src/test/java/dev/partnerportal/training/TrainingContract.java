package dev.partnerportal.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.certification.CertificationAwardId;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.onboarding.JourneyStep;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.onboarding.StepKind;
import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Courses, progress, resume, onboarding, "what changed" and the certificate PDF, with tenancy; H2 and PostgreSQL. */
abstract class TrainingContract {

    @Autowired
    ApplicationContext context;
    @Autowired
    Training training;
    @Autowired
    CertificatePdf pdf;
    @Autowired
    OnboardingJourneys journeys;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        TrainingFixtures.reset(jdbc);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
        TrainingFixtures.reset(jdbc);
    }

    @Test
    void theDemoCoursesListTheirLessonsInOrderWithTimeAndAResumePoint() {
        SignIn.as(provider, "bob@northwind.test");

        var sales = training.course("sales-fundamentals").orElseThrow();

        assertThat(sales.lessons()).extracting(CourseOverview.Lesson::slug)
                .containsExactly("know-your-buyer", "the-first-meeting", "pricing-and-discounts");
        assertThat(sales.estimatedMinutes()).isEqualTo(45);
        assertThat(sales.quizKey()).isEqualTo("sales-fundamentals-quiz");
        assertThat(sales.resumeAt().slug()).isEqualTo("know-your-buyer");
        assertThat(training.paths()).singleElement().satisfies(path -> {
            assertThat(path.courses()).extracting(CourseOverview::code).containsExactly("sales-fundamentals", "implementation-basics");
            assertThat(path.estimatedMinutes()).isEqualTo(105);
        });
    }

    @Test
    void progressResumesAtTheNextLessonAndTheLastLessonCompletesTheOnboardingStep() {
        SignIn.as(provider, "bob@northwind.test");
        var lessons = training.course("sales-fundamentals").orElseThrow().lessons();

        var afterFirst = training.completeLesson("sales-fundamentals", lessons.get(0).itemId()).orElseThrow();
        assertThat(afterFirst.resumeAt().slug()).isEqualTo("the-first-meeting");
        assertThat(afterFirst.percent()).isEqualTo(33);
        training.completeLesson("sales-fundamentals", lessons.get(2).itemId());
        assertThat(courseStep("bob@northwind.test")).isFalse();
        var done = training.completeLesson("sales-fundamentals", lessons.get(1).itemId()).orElseThrow();

        assertThat(done.completed()).isTrue();
        assertThat(done.resumeAt()).isNull();
        assertThat(courseStep("bob@northwind.test")).isTrue();
        assertThat(courseStep("carol@contoso.test")).as("another organization's journey").isFalse();
        SignIn.as(provider, "alice@northwind.test");
        assertThat(training.course("sales-fundamentals").orElseThrow().lessonsDone()).as("progress is per person").isZero();
    }

    @Test
    void aLessonOutsideTheCourseOrAnUnknownCourseIsNotFoundAndRecordsNothing() {
        SignIn.as(provider, "carol@contoso.test");
        long playbook = jdbc.queryForObject("select id from content_item where slug = 'gold-partner-deal-desk-playbook'", Long.class);
        long lesson = jdbc.queryForObject("select id from content_item where slug = 'know-your-buyer'", Long.class);
        long before = TrainingFixtures.count(jdbc, "training_lesson_progress");

        assertThat(training.completeLesson("sales-fundamentals", playbook)).isEmpty();
        assertThat(training.completeLesson("no-such-course", lesson)).isEmpty();
        assertThat(training.lesson("implementation-basics", lesson)).isEmpty();

        assertThat(TrainingFixtures.count(jdbc, "training_lesson_progress")).isEqualTo(before);
    }

    @Test
    void aCourseWithALessonForGoldPartnersIsHiddenFromARegisteredPartnerAtEveryEntryPoint() {
        TrainingFixtures.restrict(jdbc, "pricing-and-discounts", "audience_tiers", "GOLD");
        long openLesson = jdbc.queryForObject("select id from content_item where slug = 'know-your-buyer'", Long.class);
        SignIn.as(provider, "carol@contoso.test");

        assertThat(training.courses()).extracting(CourseOverview::code).containsExactly("implementation-basics");
        assertThat(training.course("sales-fundamentals")).isEmpty();
        assertThat(training.paths()).singleElement().satisfies(path ->
                assertThat(path.courses()).extracting(CourseOverview::code).containsExactly("implementation-basics"));
        assertThat(training.lesson("sales-fundamentals", openLesson)).as("even a lesson open to all").isEmpty();
        assertThat(training.completeLesson("sales-fundamentals", openLesson)).isEmpty();
        assertThat(TrainingFixtures.count(jdbc, "training_lesson_progress")).isZero();

        SignIn.as(provider, "bob@northwind.test");
        assertThat(training.courses()).extracting(CourseOverview::code).containsExactly("implementation-basics", "sales-fundamentals");
        assertThat(training.course("sales-fundamentals").orElseThrow().lessons()).hasSize(3);
        assertThat(training.lesson("sales-fundamentals", openLesson)).isPresent();
    }

    @Test
    void aCourseForAnotherRegionIsHiddenAndAPathWithNoCourseLeftIsLeftOut() {
        TrainingFixtures.restrict(jdbc, "going-live", "regions", "EMEA");
        TrainingFixtures.restrict(jdbc, "know-your-buyer", "regions", "EMEA");
        SignIn.as(provider, "carol@contoso.test");

        assertThat(training.courses()).isEmpty();
        assertThat(training.paths()).isEmpty();
        assertThat(training.course("implementation-basics")).isEmpty();

        SignIn.as(provider, "bob@northwind.test");
        assertThat(training.courses()).extracting(CourseOverview::code).containsExactly("implementation-basics", "sales-fundamentals");
        assertThat(training.paths()).singleElement().satisfies(path -> assertThat(path.courses()).hasSize(2));
    }

    @Test
    void theHolderSeesWhichLessonsChangedSinceTheyCertifiedAndNobodyElseDoes() {
        var alices = CertificationAwardId.of(jdbc.queryForObject(
                "select a.id from certification_award a join portal_user u on u.id = a.user_id where u.email = 'alice@northwind.test'", Long.class));
        jdbc.update("update content_item set published_at = ? where slug = 'the-first-meeting'",
                java.sql.Timestamp.from(TestClockConfiguration.START.plusSeconds(60)));
        jdbc.update("update certification_award set awarded_at = ? where id = ?",
                java.sql.Timestamp.from(TestClockConfiguration.START), alices.value());

        SignIn.as(provider, "alice@northwind.test");
        assertThat(training.changesSince(alices).orElseThrow()).extracting(LessonChange::slug).containsExactly("the-first-meeting");
        SignIn.as(provider, "carol@contoso.test");
        assertThat(training.changesSince(alices)).isEmpty();
    }

    @Test
    void theCertificatePdfCarriesTheHolderAndTheVerificationUrlForThoseWhoMaySeeIt() throws IOException {
        var alices = CertificationAwardId.of(jdbc.queryForObject(
                "select a.id from certification_award a join portal_user u on u.id = a.user_id where u.email = 'alice@northwind.test'", Long.class));
        var code = jdbc.queryForObject("select verification_code from certification_award where id = ?", String.class, alices.value());

        SignIn.as(provider, "alice@northwind.test");
        var bytes = pdf.render(alices).orElseThrow();
        try (var document = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Sales Professional", "Alice Northwind", "Northwind Traders",
                    "http://localhost:8080/verify/" + code);
        }
        SignIn.as(provider, "carol@contoso.test");
        assertThat(pdf.render(alices)).isEmpty();
        SignIn.as(provider, "bob@northwind.test");
        assertThat(pdf.render(alices)).as("a partner user sees only their own").isEmpty();
    }

    private boolean courseStep(String email) {
        EventReactions.awaitSettled(context); // onboarding hears of a completed course after commit
        SignIn.as(provider, email);
        try {
            return journeys.mine().steps().stream().filter(s -> s.kind() == StepKind.COMPLETE_COURSE).allMatch(JourneyStep::done);
        } finally {
            SignIn.as(provider, "bob@northwind.test");
        }
    }
}
