package dev.partnerportal.training;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the two courses the onboarding templates name ({@code sales-fundamentals},
 * {@code implementation-basics}), their quizzes, the sales renewal quiz and a learning path. Only into an
 * empty course table.
 */
@Component
@Order(41)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoTraining implements ApplicationRunner {

    private final Courses courses;
    private final LearningPaths paths;
    private final Quizzes quizzes;
    private final QuizQuestions questions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoTraining(Courses courses, LearningPaths paths, Quizzes quizzes, QuizQuestions questions, JdbcClient jdbc, Clock clock) {
        this.courses = courses;
        this.paths = paths;
        this.quizzes = quizzes;
        this.questions = questions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (courses.count() > 0 || item("know-your-buyer") == null) {
            return;
        }
        var now = clock.instant();
        courses.save(new Course(new CourseForm("sales-fundamentals", "Sales fundamentals",
                "Who buys Commerce Suite, how to run a first meeting and how pricing works.",
                List.of(item("know-your-buyer"), item("the-first-meeting"), item("pricing-and-discounts")), 45), now));
        courses.save(new Course(new CourseForm("implementation-basics", "Implementation basics",
                "From an empty tenant to a live customer.",
                List.of(item("installing-the-stock-service"), item("going-live")), 60), now));
        paths.save(new LearningPath("new-partner-essentials", "New partner essentials",
                "Everything a new partner team takes in its first month.",
                List.of("sales-fundamentals", "implementation-basics"), now));
        quiz(new QuizForm("sales-fundamentals-quiz", "Sales fundamentals quiz", "sales-fundamentals", 75, 3, 24, 4, List.of(
                new QuizForm.Question(QuestionKind.SINGLE, "Who signs the contract?",
                        List.of("The economic buyer", "The IT lead", "The users"), Set.of(0)),
                new QuizForm.Question(QuestionKind.MULTIPLE, "What do you ask about in a first meeting?",
                        List.of("Stock accuracy", "Peak season", "Their holiday plans", "Their systems"), Set.of(0, 1, 3)),
                QuizForm.Question.trueFalse("Commerce Suite is priced per store per month.", true),
                QuizForm.Question.trueFalse("Any discount may be given without the deal desk.", false),
                new QuizForm.Question(QuestionKind.SINGLE, "What ends a good first meeting?",
                        List.of("A concrete next step with a date", "A price list", "A demo login"), Set.of(0)))));
        quiz(new QuizForm("sales-renewal-quiz", "Sales Professional renewal", null, 75, 3, 24, 2, List.of(
                QuizForm.Question.trueFalse("The IT lead can block a deal.", true),
                new QuizForm.Question(QuestionKind.SINGLE, "Where do discounts beyond your margin go?",
                        List.of("The deal desk", "The customer", "Nowhere"), Set.of(0)))));
        quiz(new QuizForm("implementation-quiz", "Implementation quiz", "implementation-basics", 70, 3, 24, 3, List.of(
                new QuizForm.Question(QuestionKind.SINGLE, "What do you create first?",
                        List.of("The tenant", "The stores", "The dashboard"), Set.of(0)),
                QuizForm.Question.trueFalse("Cut over in peak season.", false),
                new QuizForm.Question(QuestionKind.MULTIPLE, "What does an implementation import?",
                        List.of("Stores", "Stock levels", "Employees' passwords"), Set.of(0, 1)))));
    }

    private void quiz(QuizForm form) {
        var quiz = quizzes.save(new Quiz(form, clock.instant()));
        for (int i = 0; i < form.questions().size(); i++) {
            questions.save(new QuizQuestion(quiz.id(), i + 1, form.questions().get(i)));
        }
    }

    private Long item(String slug) {
        return jdbc.sql("select id from content_item where slug = ?").param(slug).query(Long.class).optional().orElse(null);
    }
}
