package dev.partnerportal.training;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A question in a quiz's bank with its answer key ({@code correct_options}). Package-private, and only
 * {@link QuestionSheet}s without the key are handed out, so the key cannot reach a client by accident.
 */
@Entity
@Table(name = "training_question")
class QuizQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "quiz_id", nullable = false)
    private Long quizId;
    @Column(nullable = false)
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;
    @Column(nullable = false, length = QuizForm.Question.TEXT_MAX_LENGTH)
    private String text;
    /** The options, one per line. */
    @Column(nullable = false, length = 4000)
    private String options;
    @Column(name = "correct_options", nullable = false, length = 100)
    private String correctOptions;
    /** Set when an edit changed or dropped the question; attempts that drew it still show and score it. */
    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    protected QuizQuestion() {
    }

    QuizQuestion(long quizId, int position, QuizForm.Question form) {
        var opts = form.kind() == QuestionKind.TRUE_FALSE ? List.of("True", "False") : form.options().stream().map(String::strip).toList();
        if (form.text().isBlank() || form.text().strip().length() > QuizForm.Question.TEXT_MAX_LENGTH) {
            throw new RuleViolation(TrainingError.QUESTION_TEXT_LENGTH, QuizForm.Question.TEXT_MAX_LENGTH);
        }
        if (opts.size() < 2 || opts.size() > QuizForm.Question.MAX_OPTIONS
                || opts.stream().anyMatch(o -> o.isEmpty() || o.length() > QuizForm.Question.OPTION_MAX_LENGTH || o.contains("\n"))) {
            throw new RuleViolation(TrainingError.QUESTION_OPTIONS, QuizForm.Question.MAX_OPTIONS);
        }
        if (form.correct().isEmpty() || form.correct().stream().anyMatch(i -> i < 0 || i >= opts.size())
                || (form.kind() != QuestionKind.MULTIPLE && form.correct().size() != 1)) {
            throw new RuleViolation(TrainingError.QUESTION_ANSWER_KEY);
        }
        this.quizId = quizId;
        this.position = position;
        this.kind = form.kind();
        this.text = form.text().strip();
        this.options = String.join("\n", opts);
        this.correctOptions = Codes.encode(form.correct().stream().sorted().toList());
    }

    /** True when this question asks exactly what {@code form} asks, with the same answer key. */
    boolean sameAs(QuizForm.Question form) {
        var other = new QuizQuestion(quizId, position, form);
        return kind == other.kind && text.equals(other.text) && options.equals(other.options)
                && correctOptions.equals(other.correctOptions);
    }

    void retire(Instant now) {
        this.retiredAt = now;
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** The question as an editor entered it, answer key included: for the editor only. */
    QuizForm.Question toForm() {
        return new QuizForm.Question(kind, text, options(), correct());
    }

    /** True when exactly the right options were chosen. */
    boolean isAnsweredBy(Set<Integer> chosen) {
        return correct().equals(chosen);
    }

    private Set<Integer> correct() {
        return Codes.decode(correctOptions).stream().map(Integer::valueOf).collect(Collectors.toCollection(HashSet::new));
    }

    Long id() { return id; }
    long quizId() { return quizId; }
    QuestionKind kind() { return kind; }
    String text() { return text; }
    List<String> options() { return List.of(options.split("\n")); }
}
