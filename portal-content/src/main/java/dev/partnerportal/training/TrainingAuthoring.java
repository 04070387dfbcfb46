package dev.partnerportal.training;

import dev.partnerportal.content.ContentFilter;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Content editors and administrators write courses, learning paths and quizzes. */
@Service
public class TrainingAuthoring {

    /** A quiz's rules as its authors see them, with the size of its question bank. */
    public record QuizDraft(String quizKey, String title, String courseCode, int passPercent, int maxAttempts,
                            int cooldownHours, int questionsPerAttempt, int bankSize) {
    }

    private final Courses courses;
    private final LearningPaths paths;
    private final Quizzes quizzes;
    private final QuizQuestions questions;
    private final ContentLibrary library;
    private final Clock clock;

    TrainingAuthoring(Courses courses, LearningPaths paths, Quizzes quizzes, QuizQuestions questions,
                      ContentLibrary library, Clock clock) {
        this.courses = courses;
        this.paths = paths;
        this.quizzes = quizzes;
        this.questions = questions;
        this.library = library;
        this.clock = clock;
    }

    /** Published training lessons that a course may use, by title. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional(readOnly = true)
    public List<ContentSummary> lessonCandidates() {
        return library.browse(ContentFilter.ALL.withType(ContentType.TRAINING_LESSON), PageRequest.of(0, 500, Sort.by("title")))
                .getContent();
    }

    /** Creates the course {@code form.code()} or changes an existing one (its code stays). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void saveCourse(CourseForm form) {
        courses.findByCode(form.code().strip()).ifPresentOrElse(course -> course.apply(form, clock.instant()),
                () -> courses.save(new Course(form, clock.instant())));
    }

    /** Creates a learning path of existing courses, in order. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void createPath(String code, String title, String summary, List<String> courseCodes) {
        if (paths.findByCode(code.strip()).isPresent()) {
            throw new RuleViolation(TrainingError.PATH_EXISTS);
        }
        if (courseCodes.stream().anyMatch(c -> courses.findByCode(c).isEmpty())) {
            throw new RuleViolation(TrainingError.PATH_COURSE_MISSING);
        }
        paths.save(new LearningPath(code, title, summary, courseCodes, clock.instant()));
    }

    /**
     * Creates a quiz with its question bank, or replaces an existing quiz's rules and bank. Past attempts keep
     * their recorded scores.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void saveQuiz(QuizForm form) {
        var quiz = quizzes.findByQuizKey(form.quizKey().strip()).map(existing -> {
            existing.apply(form);
            return existing;
        }).orElseGet(() -> quizzes.save(new Quiz(form, clock.instant())));
        questions.deleteAll(questions.findByQuizIdOrderByPosition(quiz.id()));
        questions.flush();
        for (int i = 0; i < form.questions().size(); i++) {
            questions.save(new QuizQuestion(quiz.id(), i + 1, form.questions().get(i)));
        }
    }

    /** Every quiz with its rules and the size of its bank. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional(readOnly = true)
    public List<QuizDraft> quizzes() {
        return quizzes.findAllByOrderByTitle().stream().map(q -> new QuizDraft(q.quizKey(), q.title(),
                q.courseCode() == null ? "" : q.courseCode(), q.passPercent(), q.maxAttempts(),
                (int) q.cooldown().toHours(), q.questionsPerAttempt(), questions.findByQuizIdOrderByPosition(q.id()).size())).toList();
    }
}
