package dev.partnerportal.training;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A quiz and its rules: pass mark, attempt limit, cool-down and how many questions an attempt draws. */
@Entity
@Table(name = "training_quiz")
class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "quiz_key", nullable = false, unique = true, length = Codes.MAX_LENGTH)
    private String quizKey;
    @Column(nullable = false, length = CourseForm.TITLE_MAX_LENGTH)
    private String title;
    @Column(name = "course_code", length = Codes.MAX_LENGTH)
    private @Nullable String courseCode;
    @Column(name = "pass_percent", nullable = false)
    private int passPercent;
    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;
    @Column(name = "cooldown_hours", nullable = false)
    private int cooldownHours;
    @Column(name = "questions_per_attempt", nullable = false)
    private int questionsPerAttempt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Quiz() {
    }

    Quiz(QuizForm form, Instant now) {
        this.quizKey = Codes.check(form.quizKey(), "quiz key");
        this.createdAt = now;
        apply(form);
    }

    void apply(QuizForm form) {
        if (form.title().isBlank() || form.title().strip().length() > CourseForm.TITLE_MAX_LENGTH) {
            throw new RuleViolation(TrainingError.TITLE_LENGTH, CourseForm.TITLE_MAX_LENGTH);
        }
        if (form.passPercent() < 1 || form.passPercent() > QuizForm.MAX_PASS_PERCENT || form.maxAttempts() < 1
                || form.maxAttempts() > QuizForm.MAX_ATTEMPTS || form.cooldownHours() < 0 || form.cooldownHours() > QuizForm.MAX_COOLDOWN_HOURS
                || form.questionsPerAttempt() < 1 || form.questionsPerAttempt() > form.questions().size()) {
            throw new RuleViolation(TrainingError.QUIZ_SETTINGS, QuizForm.MAX_PASS_PERCENT, QuizForm.MAX_ATTEMPTS, QuizForm.MAX_COOLDOWN_HOURS);
        }
        this.title = form.title().strip();
        this.courseCode = form.courseCode() == null || form.courseCode().isBlank() ? null : Codes.check(form.courseCode(), "course code");
        this.passPercent = form.passPercent();
        this.maxAttempts = form.maxAttempts();
        this.cooldownHours = form.cooldownHours();
        this.questionsPerAttempt = form.questionsPerAttempt();
    }

    Long id() { return id; }
    String quizKey() { return quizKey; }
    String title() { return title; }
    @Nullable String courseCode() { return courseCode; }
    int passPercent() { return passPercent; }
    int maxAttempts() { return maxAttempts; }
    Duration cooldown() { return Duration.ofHours(cooldownHours); }
    int questionsPerAttempt() { return questionsPerAttempt; }
}
