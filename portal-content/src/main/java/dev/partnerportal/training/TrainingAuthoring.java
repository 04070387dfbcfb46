package dev.partnerportal.training;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.content.ContentFilter;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Content editors and administrators write courses, learning paths and quizzes. An edit changes the existing
 * course, quiz or path in place (same id, same code), so partners' lesson progress, completions and quiz
 * attempts stay: a completion is never taken back because a lesson was removed, and a quiz question an edit
 * changes or drops is retired, not deleted, so an attempt that drew it can still be shown and scored.
 */
@Service
public class TrainingAuthoring {

    /** A quiz's rules as its authors see them, with the size of its question bank. */
    public record QuizDraft(String quizKey, String title, String courseCode, int passPercent, int maxAttempts,
                            int cooldownHours, int questionsPerAttempt, int bankSize) {
    }

    /** A learning path as its authors see it, retired ones included. */
    public record PathDraft(String code, String title, String summary, List<String> courseCodes, boolean retired) {
    }

    private final Courses courses;
    private final LearningPaths paths;
    private final Quizzes quizzes;
    private final QuizQuestions questions;
    private final ContentLibrary library;
    private final AuditTrail audit;
    private final Clock clock;

    TrainingAuthoring(Courses courses, LearningPaths paths, Quizzes quizzes, QuizQuestions questions,
                      ContentLibrary library, AuditTrail audit, Clock clock) {
        this.courses = courses;
        this.paths = paths;
        this.quizzes = quizzes;
        this.questions = questions;
        this.library = library;
        this.audit = audit;
        this.clock = clock;
    }

    /** Published training lessons that a course may use, by title. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional(readOnly = true)
    public List<ContentSummary> lessonCandidates() {
        return library.browse(ContentFilter.ALL.withType(ContentType.TRAINING_LESSON), PageRequest.of(0, 500, Sort.by("title")))
                .getContent();
    }

    /** Creates the course {@code form.code()} or changes an existing one in place (its id and code stay). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void saveCourse(CourseForm form) {
        if (courses.findByCode(form.code().strip()).isPresent()) {
            updateCourse(form.code().strip(), form);
        } else {
            createCourse(form);
        }
    }

    /** Creates a course; a code already in use is refused, so "new" never overwrites. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void createCourse(CourseForm form) {
        if (courses.findByCode(form.code().strip()).isPresent()) {
            throw new RuleViolation(TrainingError.COURSE_EXISTS);
        }
        var course = courses.save(new Course(form, clock.instant()));
        audit.recordChange(AuditAction.COURSE_CREATED, null, course.code());
    }

    /**
     * Changes course {@code code} in place: texts, lessons in order and time. The code in {@code form} is
     * ignored. Progress on lessons that stay counts on; completions are kept even when a lesson is removed.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void updateCourse(String code, CourseForm form) {
        var course = courses.findByCode(code).orElseThrow(() -> new RuleViolation(TrainingError.NOT_FOUND));
        course.apply(new CourseForm(course.code(), form.title(), form.summary(), form.lessonItemIds(), form.estimatedMinutes()),
                clock.instant());
        audit.recordChange(AuditAction.COURSE_EDITED, null, course.code());
    }

    /** A course as its editor entered it, for editing. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional(readOnly = true)
    public Optional<CourseForm> course(String code) {
        return courses.findByCode(code).map(c -> new CourseForm(c.code(), c.title(), c.summary(), c.lessonItemIds(),
                c.estimatedMinutes()));
    }

    /** Codes and titles of every course, by title: what a path may be made of. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional(readOnly = true)
    public List<CourseForm> courseCatalog() {
        return courses.findAllByOrderByTitle().stream().map(c -> new CourseForm(c.code(), c.title(), c.summary(),
                c.lessonItemIds(), c.estimatedMinutes())).toList();
    }

    /** Creates a learning path of existing courses, in order, at the end of the catalog. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void createPath(String code, String title, String summary, List<String> courseCodes) {
        createPath(new PathForm(code, title, summary, courseCodes));
    }

    /** Creates a learning path of existing courses, in order, at the end of the catalog. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void createPath(PathForm form) {
        if (paths.findByCode(form.code().strip()).isPresent()) {
            throw new RuleViolation(TrainingError.PATH_EXISTS);
        }
        requireCourses(form.courseCodes());
        var path = new LearningPath(form.code(), form.title(), form.summary(), form.courseCodes(), clock.instant());
        path.placeAt(paths.findAll().stream().mapToInt(LearningPath::catalogPosition).max().orElse(0) + 1);
        paths.save(path);
        audit.recordChange(AuditAction.LEARNING_PATH_CREATED, null, path.code() + ": " + String.join(", ", path.courseCodes()));
    }

    /** Changes path {@code code}'s texts and courses (in the new order); the code in {@code form} is ignored. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void updatePath(String code, PathForm form) {
        var path = paths.findByCode(code).orElseThrow(() -> new RuleViolation(TrainingError.NOT_FOUND));
        requireCourses(form.courseCodes());
        path.change(form.title(), form.summary(), form.courseCodes());
        audit.recordChange(AuditAction.LEARNING_PATH_EDITED, null, path.code() + ": " + String.join(", ", path.courseCodes()));
    }

    /**
     * Moves a live path {@code steps} places in the catalog (negative: towards the top); a move past either end
     * stops there.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void movePath(String code, int steps) {
        var catalog = new ArrayList<>(paths.findByRetiredAtIsNullOrderByCatalogPositionAscTitleAsc());
        var path = catalog.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new RuleViolation(TrainingError.NOT_FOUND));
        int from = catalog.indexOf(path);
        int to = Math.max(0, Math.min(catalog.size() - 1, from + steps));
        catalog.remove(from);
        catalog.add(to, path);
        for (int i = 0; i < catalog.size(); i++) {
            catalog.get(i).placeAt(i + 1);
        }
        audit.recordChange(AuditAction.LEARNING_PATH_REORDERED, null, code + ": " + (to + 1));
    }

    /** Takes a path out of the catalog. Progress lives on the courses, so nobody loses any. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void retirePath(String code) {
        var path = paths.findByCode(code).orElseThrow(() -> new RuleViolation(TrainingError.NOT_FOUND));
        if (!path.retired()) {
            path.retire(clock.instant());
            audit.recordChange(AuditAction.LEARNING_PATH_RETIRED, null, code);
        }
    }

    /** Every path: live ones in catalog order, then retired ones. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional(readOnly = true)
    public List<PathDraft> paths() {
        return paths.findAll().stream()
                .sorted(Comparator.comparing(LearningPath::retired).thenComparing(LearningPath::catalogPosition)
                        .thenComparing(LearningPath::title))
                .map(p -> new PathDraft(p.code(), p.title(), p.summary(), p.courseCodes(), p.retired())).toList();
    }

    /** Creates a quiz with its question bank, or edits an existing quiz in place (see {@link #updateQuiz}). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void saveQuiz(QuizForm form) {
        if (quizzes.findByQuizKey(form.quizKey().strip()).isPresent()) {
            updateQuiz(form.quizKey().strip(), form);
        } else {
            createQuiz(form);
        }
    }

    /** Creates a quiz with its question bank; a key already in use is refused. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void createQuiz(QuizForm form) {
        if (quizzes.findByQuizKey(form.quizKey().strip()).isPresent()) {
            throw new RuleViolation(TrainingError.QUIZ_EXISTS);
        }
        form.questions().forEach(q -> new QuizQuestion(0, 1, q)); // every question checked before anything is written
        var quiz = quizzes.save(new Quiz(form, clock.instant()));
        for (int i = 0; i < form.questions().size(); i++) {
            questions.save(new QuizQuestion(quiz.id(), i + 1, form.questions().get(i)));
        }
        audit.recordChange(AuditAction.QUIZ_CREATED, null, quiz.quizKey());
    }

    /**
     * Changes quiz {@code quizKey}'s rules and bank in place. A question that stays as it was keeps its id; one
     * that changed or was dropped is retired (attempts that drew it still show and score it) and a changed one
     * comes back as a new question. Past attempts keep their recorded scores.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void updateQuiz(String quizKey, QuizForm form) {
        var quiz = quizzes.findByQuizKey(quizKey).orElseThrow(() -> new RuleViolation(TrainingError.NOT_FOUND));
        form.questions().forEach(q -> new QuizQuestion(0, 1, q));
        quiz.apply(form);
        var now = clock.instant();
        var live = new ArrayList<>(questions.findByQuizIdAndRetiredAtIsNullOrderByPosition(quiz.id()));
        var kept = new ArrayList<QuizQuestion>();
        for (var wanted : form.questions()) {
            var same = live.stream().filter(q -> q.sameAs(wanted)).findFirst();
            same.ifPresent(live::remove);
            kept.add(same.orElse(null));
        }
        live.forEach(q -> q.retire(now));
        for (int i = 0; i < form.questions().size(); i++) {
            if (kept.get(i) == null) {
                questions.save(new QuizQuestion(quiz.id(), i + 1, form.questions().get(i)));
            } else {
                kept.get(i).moveTo(i + 1);
            }
        }
        audit.recordChange(AuditAction.QUIZ_EDITED, null, quiz.quizKey());
    }

    /** A quiz as its editor entered it, answer key included, for editing. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional(readOnly = true)
    public Optional<QuizForm> quiz(String quizKey) {
        return quizzes.findByQuizKey(quizKey).map(q -> new QuizForm(q.quizKey(), q.title(), q.courseCode(), q.passPercent(),
                q.maxAttempts(), (int) q.cooldown().toHours(), q.questionsPerAttempt(),
                questions.findByQuizIdAndRetiredAtIsNullOrderByPosition(q.id()).stream().map(QuizQuestion::toForm).toList()));
    }

    /** Every quiz with its rules and the size of its bank. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional(readOnly = true)
    public List<QuizDraft> quizzes() {
        return quizzes.findAllByOrderByTitle().stream().map(q -> new QuizDraft(q.quizKey(), q.title(),
                q.courseCode() == null ? "" : q.courseCode(), q.passPercent(), q.maxAttempts(),
                (int) q.cooldown().toHours(), q.questionsPerAttempt(),
                questions.findByQuizIdAndRetiredAtIsNullOrderByPosition(q.id()).size())).toList();
    }

    private void requireCourses(List<String> codes) {
        if (codes.stream().anyMatch(c -> courses.findByCode(c.strip()).isEmpty())) {
            throw new RuleViolation(TrainingError.PATH_COURSE_MISSING);
        }
    }
}
