package dev.partnerportal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Editing courses, quizzes and learning paths in place: ids stay, and partners' lesson progress, completions
 * and quiz attempts survive the edit; H2 and PostgreSQL.
 */
abstract class TrainingAuthoringContract {

    static final String COURSE = "edit-me";
    static final String QUIZ = "edit-me-quiz";

    @Autowired
    TrainingAuthoring authoring;
    @Autowired
    Training training;
    @Autowired
    QuizTaking taking;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    long buyer;
    long meeting;
    long goingLive;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        TrainingFixtures.reset(jdbc);
        buyer = item("know-your-buyer");
        meeting = item("the-first-meeting");
        goingLive = item("going-live");
    }

    @AfterEach
    void cleanUp() {
        SignIn.out();
        TrainingFixtures.reset(jdbc);
        jdbc.update("delete from training_question where quiz_id in (select id from training_quiz where quiz_key like 'edit-me%')");
        jdbc.update("delete from training_quiz where quiz_key like 'edit-me%'");
        jdbc.update("delete from training_course where code like 'edit-me%'");
        jdbc.update("delete from training_path where code like 'edit-me%'");
    }

    @Test
    void editingACourseKeepsItsIdProgressAndACompletionWhoseLessonWasRemoved() {
        asEditor(() -> authoring.createCourse(new CourseForm(COURSE, "Edit me", "", List.of(buyer, meeting), 20)));
        long id = courseId();
        SignIn.as(provider, "bob@northwind.test");
        training.completeLesson(COURSE, buyer);
        assertThat(training.completeLesson(COURSE, meeting).orElseThrow().completed()).isTrue();

        asEditor(() -> authoring.updateCourse(COURSE, new CourseForm("ignored", "Edited", "Now with go-live",
                List.of(buyer, goingLive), 30)));

        assertThat(courseId()).as("the same course row").isEqualTo(id);
        SignIn.as(provider, "bob@northwind.test");
        var course = training.course(COURSE).orElseThrow();
        assertThat(course.title()).isEqualTo("Edited");
        assertThat(course.lessons()).extracting(CourseOverview.Lesson::itemId).containsExactly(buyer, goingLive);
        assertThat(course.lessons()).extracting(CourseOverview.Lesson::done).containsExactly(true, false);
        assertThat(course.completed()).as("the completed lesson was removed, the completion stays").isTrue();
        assertThat(TrainingFixtures.count(jdbc, "training_lesson_progress")).isEqualTo(2);
        assertThat(TrainingFixtures.count(jdbc, "training_course_completion")).isEqualTo(1);
    }

    @Test
    void newRefusesAnExistingCodeAndAnEditOfAnUnknownCourseChangesNothing() {
        asEditor(() -> authoring.createCourse(new CourseForm(COURSE, "Edit me", "", List.of(buyer), 20)));

        assertThatThrownBy(() -> asEditor(() -> authoring.createCourse(new CourseForm(COURSE, "Other", "", List.of(meeting), 5))))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).code()).isEqualTo(TrainingError.COURSE_EXISTS.code());
        assertThatThrownBy(() -> asEditor(() -> authoring.updateCourse("edit-me-not", new CourseForm("edit-me-not", "X", "",
                List.of(buyer), 5)))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> asEditor(() -> authoring.updateCourse(COURSE, new CourseForm(COURSE, " ", "", List.of(buyer), 5))))
                .isInstanceOf(RuleViolation.class);

        assertThat(asEditor(() -> authoring.course(COURSE)).orElseThrow())
                .isEqualTo(new CourseForm(COURSE, "Edit me", "", List.of(buyer), 20));
        assertThat(jdbc.queryForObject("select count(*) from training_course where code like 'edit-me%'", Long.class)).isEqualTo(1);
    }

    @Test
    void editingAQuizKeepsItsIdAttemptsAndTheQuestionsAnOpenAttemptDrew() {
        asEditor(() -> authoring.createCourse(new CourseForm(COURSE, "Edit me", "", List.of(buyer), 20)));
        asEditor(() -> authoring.createQuiz(new QuizForm(QUIZ, "Edit me quiz", COURSE, 100, 5, 0, 3, List.of(
                QuizForm.Question.trueFalse("Kept", true),
                QuizForm.Question.trueFalse("Changed", true),
                QuizForm.Question.trueFalse("Dropped", false)))));
        long quizId = jdbc.queryForObject("select id from training_quiz where quiz_key = ?", Long.class, QUIZ);
        SignIn.as(provider, "bob@northwind.test");
        var failed = taking.start(QUIZ).orElseThrow();
        taking.submit(failed.attemptId(), Map.of());
        var open = taking.start(QUIZ).orElseThrow();

        asEditor(() -> authoring.updateQuiz(QUIZ, new QuizForm(QUIZ, "Edited quiz", COURSE, 50, 5, 0, 3, List.of(
                QuizForm.Question.trueFalse("Changed", false),
                QuizForm.Question.trueFalse("Kept", true),
                QuizForm.Question.trueFalse("New", true)))));

        assertThat(jdbc.queryForObject("select id from training_quiz where quiz_key = ?", Long.class, QUIZ)).isEqualTo(quizId);
        SignIn.as(provider, "bob@northwind.test");
        var resumed = taking.start(QUIZ).orElseThrow();
        assertThat(resumed.attemptId()).isEqualTo(open.attemptId());
        assertThat(resumed.questions()).extracting(QuizSheet.QuestionSheet::text)
                .as("the open attempt shows what it drew").containsExactlyInAnyOrderElementsOf(
                        open.questions().stream().map(QuizSheet.QuestionSheet::text).toList());
        var oldKey = new HashMap<Long, Set<Integer>>();
        resumed.questions().forEach(q -> oldKey.put(q.questionId(), Set.of(q.text().equals("Dropped") ? 1 : 0)));
        var result = taking.submit(resumed.attemptId(), oldKey).orElseThrow();
        assertThat(result.scorePercent()).as("scored against the key it was drawn with").isEqualTo(100);
        assertThat(jdbc.queryForList("select score_percent from training_attempt where quiz_id = ? order by id", Integer.class, quizId))
                .containsExactly(0, 100);

        var editorView = asEditor(() -> authoring.quiz(QUIZ)).orElseThrow();
        assertThat(editorView.questions()).extracting(QuizForm.Question::text).containsExactly("Changed", "Kept", "New");
        assertThat(editorView.questions().get(0).correct()).containsExactly(1);
        assertThat(jdbc.queryForObject("select count(*) from training_question where quiz_id = ? and text = 'Kept'", Long.class, quizId))
                .as("an unchanged question keeps its row").isEqualTo(1);
        assertThat(asEditor(() -> authoring.quizzes())).filteredOn(q -> q.quizKey().equals(QUIZ)).singleElement()
                .satisfies(q -> assertThat(q.bankSize()).isEqualTo(3));
    }

    @Test
    void pathsAreOrderedEditedAndRetiredAndPartnersSeeTheCatalogInThatOrder() {
        asEditor(() -> {
            authoring.createPath(new PathForm("edit-me-first", "First", "", List.of("sales-fundamentals")));
            authoring.createPath(new PathForm("edit-me-second", "Second", "", List.of("sales-fundamentals", "implementation-basics")));
        });
        SignIn.as(provider, "bob@northwind.test");
        assertThat(training.paths()).extracting(PathOverview::code)
                .containsExactly("new-partner-essentials", "edit-me-first", "edit-me-second");

        asEditor(() -> {
            authoring.movePath("edit-me-second", -5);
            authoring.updatePath("edit-me-second", new PathForm("x", "Second, reordered", "",
                    List.of("implementation-basics", "sales-fundamentals")));
            authoring.retirePath("edit-me-first");
        });

        SignIn.as(provider, "bob@northwind.test");
        assertThat(training.paths()).extracting(PathOverview::code).containsExactly("edit-me-second", "new-partner-essentials");
        assertThat(training.paths().getFirst().courses()).extracting(CourseOverview::code)
                .containsExactly("implementation-basics", "sales-fundamentals");
        assertThat(asEditor(() -> authoring.paths())).extracting(TrainingAuthoring.PathDraft::code, TrainingAuthoring.PathDraft::retired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("edit-me-second", false),
                        org.assertj.core.groups.Tuple.tuple("new-partner-essentials", false),
                        org.assertj.core.groups.Tuple.tuple("edit-me-first", true));
        assertThatThrownBy(() -> asEditor(() -> authoring.updatePath("edit-me-second", new PathForm("x", "Bad", "",
                List.of("sales-fundamentals", "no-such-course"))))).isInstanceOf(RuleViolation.class);
        assertThat(jdbc.queryForObject("select title from training_path where code = 'edit-me-second'", String.class))
                .isEqualTo("Second, reordered");
    }

    private void asEditor(Runnable work) {
        asEditor(() -> {
            work.run();
            return null;
        });
    }

    private <T> T asEditor(Supplier<T> work) {
        SignIn.as(provider, "editor@vendor.test");
        try {
            return work.get();
        } finally {
            SignIn.out();
        }
    }

    private long courseId() {
        return jdbc.queryForObject("select id from training_course where code = ?", Long.class, COURSE);
    }

    private long item(String slug) {
        return jdbc.queryForObject("select id from content_item where slug = ?", Long.class, slug);
    }
}
