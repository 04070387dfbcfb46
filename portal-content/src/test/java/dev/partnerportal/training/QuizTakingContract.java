package dev.partnerportal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Server-side scoring, attempt limit, cool-down, randomization, awards and tenancy of attempts; H2 and PostgreSQL. */
abstract class QuizTakingContract {

    static final String QUIZ = "sales-fundamentals-quiz";

    @Autowired
    QuizTaking quizzes;
    @Autowired
    Training training;
    @Autowired
    TrainingAuthoring authoring;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    Map<Long, Set<Integer>> key;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        TrainingFixtures.reset(jdbc);
        key = TrainingFixtures.answerKey(jdbc, QUIZ);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
        TrainingFixtures.reset(jdbc);
    }

    @Test
    void theSheetDrawsTheConfiguredNumberOfQuestionsAndCarriesNoAnswerKey() {
        SignIn.as(provider, "bob@northwind.test");

        var sheet = quizzes.start(QUIZ).orElseThrow();

        assertThat(sheet.questions()).hasSize(4);
        assertThat(key.keySet()).containsAll(sheet.questions().stream().map(QuizSheet.QuestionSheet::questionId).toList());
        assertThat(componentNames(QuizSheet.class)).containsExactly("attemptId", "quizKey", "title", "passPercent", "questions");
        assertThat(componentNames(QuizSheet.QuestionSheet.class)).containsExactly("questionId", "kind", "text", "options");
        assertThat(componentNames(QuizSheet.Option.class)).containsExactly("index", "text");
        assertThat(componentNames(QuizResult.class)).doesNotContain("correct", "answers", "key");
        assertThat(quizzes.start(QUIZ).orElseThrow()).as("the open attempt, unchanged").isEqualTo(sheet);
        assertThat(TrainingFixtures.count(jdbc, "training_attempt")).isEqualTo(1);
    }

    @Test
    void rightAnswersInAnyOrderPassAndAfterTheCourseEarnTheCertification() {
        SignIn.as(provider, "bob@northwind.test");
        training.course("sales-fundamentals").orElseThrow().lessons()
                .forEach(lesson -> training.completeLesson("sales-fundamentals", lesson.itemId()));
        var sheet = quizzes.start(QUIZ).orElseThrow();

        var result = quizzes.submit(sheet.attemptId(), rightAnswers(sheet)).orElseThrow();

        assertThat(result.scorePercent()).isEqualTo(100);
        assertThat(result.passed()).isTrue();
        assertThat(result.right()).isEqualTo(4);
        assertThat(result.certification().certification().code()).isEqualTo("sales-professional");
        assertThat(jdbc.queryForObject("select count(*) from training_attempt where submitted_at is not null and passed = true",
                Long.class)).isEqualTo(1);
        assertThat(quizzes.submit(sheet.attemptId(), rightAnswers(sheet))).as("submitted once").isEmpty();
    }

    @Test
    void oneWrongQuestionIsThreeQuartersAndAPassWithoutTheCourseEarnsNoCertification() {
        SignIn.as(provider, "bob@northwind.test");
        var sheet = quizzes.start(QUIZ).orElseThrow();
        var answers = rightAnswers(sheet);
        var first = sheet.questions().getFirst();
        var wrong = first.options().stream().map(QuizSheet.Option::index).filter(i -> !key.get(first.questionId()).contains(i))
                .findFirst().orElseThrow();
        answers.put(first.questionId(), Set.of(wrong));

        var result = quizzes.submit(sheet.attemptId(), answers).orElseThrow();

        assertThat(result.scorePercent()).isEqualTo(75);
        assertThat(result.passed()).isTrue();
        assertThat(result.rightByQuestion()).containsEntry(first.questionId(), false);
        assertThat(result.certification()).isNull();
    }

    @Test
    void aFailedAttemptStartsACoolDownAndTheLimitStopsFurtherAttempts() {
        SignIn.as(provider, "bob@northwind.test");
        for (int attempt = 1; attempt <= 3; attempt++) {
            var sheet = quizzes.start(QUIZ).orElseThrow();
            var result = quizzes.submit(sheet.attemptId(), Map.of()).orElseThrow();
            assertThat(result.passed()).isFalse();
            assertThat(result.attemptsLeft()).isEqualTo(3 - attempt);
            if (attempt < 3) {
                assertThat(result.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
                assertThatThrownBy(() -> quizzes.start(QUIZ)).isInstanceOfSatisfying(QuizUnavailableException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(QuizUnavailableException.Reason.COOLING_DOWN);
                            assertThat(e.error()).isEqualTo(TrainingError.COOLING_DOWN);
                            assertThat(e.details()).containsKeys("reason", "until");
                        });
                clock.advance(Duration.ofHours(23));
                assertThatThrownBy(() -> quizzes.start(QUIZ)).isInstanceOf(QuizUnavailableException.class);
                clock.advance(Duration.ofHours(1));
            }
        }
        clock.advance(Duration.ofDays(30));

        assertThatThrownBy(() -> quizzes.start(QUIZ)).isInstanceOfSatisfying(QuizUnavailableException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(QuizUnavailableException.Reason.NO_ATTEMPTS_LEFT);
                    assertThat(e.error()).isEqualTo(TrainingError.NO_ATTEMPTS_LEFT);
                });
        assertThat(quizzes.overview(QUIZ).orElseThrow().attemptsLeft()).isZero();
        assertThat(TrainingFixtures.count(jdbc, "training_attempt")).isEqualTo(3);
    }

    @Test
    void theOrderIsRandomPerAttemptAndStillScoresRight() {
        authoring(() -> authoring.saveQuiz(new QuizForm("random-order-quiz", "Random order", null, 100, 20, 0, 5, List.of(
                QuizForm.Question.trueFalse("One", true), QuizForm.Question.trueFalse("Two", false),
                QuizForm.Question.trueFalse("Three", true), QuizForm.Question.trueFalse("Four", false),
                new QuizForm.Question(QuestionKind.MULTIPLE, "Five", List.of("a", "b", "c", "d"), Set.of(1, 3))))));
        key = TrainingFixtures.answerKey(jdbc, "random-order-quiz");
        SignIn.as(provider, "bob@northwind.test");
        var orders = new HashSet<List<Long>>();
        var optionOrders = new HashSet<List<Integer>>();

        for (int i = 0; i < 15; i++) {
            var sheet = quizzes.start("random-order-quiz").orElseThrow();
            orders.add(sheet.questions().stream().map(QuizSheet.QuestionSheet::questionId).toList());
            sheet.questions().stream().filter(q -> q.kind() == QuestionKind.MULTIPLE).forEach(q ->
                    optionOrders.add(q.options().stream().map(QuizSheet.Option::index).toList()));
            assertThat(quizzes.submit(sheet.attemptId(), rightAnswers(sheet)).orElseThrow().scorePercent()).isEqualTo(100);
        }

        assertThat(orders).as("15 attempts of 5 questions are not all in one order").hasSizeGreaterThan(1);
        assertThat(optionOrders).hasSizeGreaterThan(1);
    }

    @Test
    void anotherPersonsAttemptIsNotFoundAndStaysUntouched() {
        SignIn.as(provider, "bob@northwind.test");
        var bobs = quizzes.start(QUIZ).orElseThrow();
        SignIn.as(provider, "carol@contoso.test");

        assertThat(quizzes.submit(bobs.attemptId(), rightAnswers(bobs))).isEmpty();
        SignIn.as(provider, "alice@northwind.test");
        assertThat(quizzes.submit(bobs.attemptId(), rightAnswers(bobs))).as("not even a colleague's").isEmpty();

        assertThat(jdbc.queryForObject("select count(*) from training_attempt where submitted_at is null", Long.class)).isEqualTo(1);
        assertThat(TrainingFixtures.count(jdbc, "training_attempt")).isEqualTo(1);
    }

    @Test
    void theQuizOfACourseOutsideThePartnersTierCannotBeSeenStartedOrSubmitted() {
        SignIn.as(provider, "carol@contoso.test");
        var started = quizzes.start(QUIZ).orElseThrow();
        TrainingFixtures.restrict(jdbc, "pricing-and-discounts", "audience_tiers", "GOLD");

        assertThat(quizzes.overview(QUIZ)).isEmpty();
        assertThat(quizzes.start(QUIZ)).isEmpty();
        assertThat(quizzes.submit(started.attemptId(), rightAnswers(started))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from training_attempt where submitted_at is null", Long.class)).isEqualTo(1);
        assertThat(TrainingFixtures.count(jdbc, "training_attempt")).isEqualTo(1);

        SignIn.as(provider, "bob@northwind.test");
        assertThat(quizzes.overview(QUIZ)).isPresent();
        assertThat(quizzes.start(QUIZ)).isPresent();
        assertThat(TrainingFixtures.count(jdbc, "training_attempt")).isEqualTo(2);
    }

    private Map<Long, Set<Integer>> rightAnswers(QuizSheet sheet) {
        var answers = new HashMap<Long, Set<Integer>>();
        sheet.questions().forEach(q -> answers.put(q.questionId(), key.get(q.questionId())));
        return answers;
    }

    private void authoring(Runnable work) {
        SignIn.as(provider, "editor@vendor.test");
        try {
            work.run();
        } finally {
            SignIn.out();
        }
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toList());
    }
}
