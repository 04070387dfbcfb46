package dev.partnerportal.training;

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
            throw new IllegalArgumentException("A title of 1 to " + CourseForm.TITLE_MAX_LENGTH + " characters is required.");
        }
        if (form.passPercent() < 1 || form.passPercent() > 100 || form.maxAttempts() < 1 || form.maxAttempts() > 20
                || form.cooldownHours() < 0 || form.cooldownHours() > 720
                || form.questionsPerAttempt() < 1 || form.questionsPerAttempt() > form.questions().size()) {
            throw new IllegalArgumentException("Pass mark 1–100 %, 1–20 attempts, 0–720 hours of cool-down, and at most as many questions per attempt as the bank holds.");
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
